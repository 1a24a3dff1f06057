package org.lerhub.engine.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The facets of the Lucene index. Each dimension has a doc-values field of its own, so that a search reads only the
 * dimensions it shows, over the matches it shows them for: kinds and skills over every released match, issuers and
 * verification states over full releases only (a skills summary does not release them). Counting all dimensions of
 * one shared field twice, for both sets of matches, was most of a search's time at a million records.
 */
final class LuceneFacets {

    static final List<String> OF_EVERY_MATCH = List.of("kind", "skill");
    static final List<String> OF_FULL_RELEASES = List.of("issuer", "verification");
    private static final int VALUES = 20;

    /** Building a field's ordinal map over all segments is costly, so the maps are kept per reader. */
    private volatile ReaderStates states;

    private record ReaderStates(IndexReader reader, Map<String, StringDocValuesReaderState> byDimension) {
    }

    static void add(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesField(field(dimension), new BytesRef(value)));
        }
    }

    private static String field(String dimension) {
        return "facet_" + dimension;
    }

    /** The top values of each dimension, with their counts over the collected matches. */
    Map<String, Map<String, Long>> count(IndexReader reader, FacetsCollector matches, List<String> dimensions)
            throws IOException {
        Map<String, StringDocValuesReaderState> byDimension = states(reader);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult top = new StringValueFacetCounts(byDimension.get(dimension), matches)
                    .getTopChildren(VALUES, field(dimension));
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.put(value.label, value.value.longValue());
                }
            }
            out.put(dimension, values);
        }
        return out;
    }

    private Map<String, StringDocValuesReaderState> states(IndexReader reader) throws IOException {
        ReaderStates current = states;
        if (current != null && current.reader() == reader) {
            return current.byDimension();
        }
        Map<String, StringDocValuesReaderState> byDimension = new LinkedHashMap<>();
        for (List<String> dimensions : List.of(OF_EVERY_MATCH, OF_FULL_RELEASES)) {
            for (String dimension : dimensions) {
                byDimension.put(dimension, new StringDocValuesReaderState(reader, field(dimension)));
            }
        }
        states = new ReaderStates(reader, byDimension);
        return byDimension;
    }

    /**
     * Collects, in the search's own pass, the matches that {@code fullyReleased} also matches: one walk over the
     * matches instead of a second search.
     */
    static FacetsCollector alsoMatching(IndexSearcher searcher, Query fullyReleased) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(fullyReleased), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new FacetsCollector() {
            private DocIdSetIterator released;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                super.doSetNextReader(context);
                Scorer scorer = weight.scorer(context);
                released = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
            }

            @Override
            public void collect(int doc) throws IOException {
                // matches arrive in document order within a segment, so the iterator only moves forward
                if (released.docID() < doc) {
                    released.advance(doc);
                }
                if (released.docID() == doc) {
                    super.collect(doc);
                }
            }
        };
    }
}
