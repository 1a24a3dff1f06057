package org.lerhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.lerhub.demo.GeneratedDocument;
import org.lerhub.engine.search.IndexedRecord;
import org.lerhub.engine.search.Release;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * The raw limit the hub is compared with: the same documents parsed by Jackson into a tree and indexed as one text
 * field by plain Lucene (no mapping, verification, identity, store or consent), and a bare Lucene query filtered by
 * one employer term (no consent expiry range, facets, highlighting or consent re-check).
 */
final class RawBaseline implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper XML = XmlMapper.builder().build();

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    RawBaseline(Path dir) {
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and indexes one document as the raw limit of ingest. */
    void ingest(GeneratedDocument document) {
        JsonNode tree = (document.mediaType().contains("xml") ? XML : JSON).readTree(document.content());
        StringBuilder text = new StringBuilder();
        collectText(tree, text);
        Document doc = new Document();
        doc.add(new StringField("id", document.fileName(), Field.Store.YES));
        doc.add(new TextField("text", text.toString(), Field.Store.YES));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectText(JsonNode node, StringBuilder text) {
        if (node.isValueNode()) {
            text.append(node.asString()).append('\n');
        }
        node.values().forEach(child -> collectText(child, text));
    }

    /** The entries as a plain index holds them: id, text, learner, kind and one term per employer released to. */
    void index(Collection<IndexedRecord> records) {
        try {
            for (IndexedRecord record : records) {
                writer.updateDocument(new Term("id", record.recordId()), document(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(IndexedRecord record) {
        Document doc = new Document();
        doc.add(new StringField("id", record.recordId(), Field.Store.YES));
        if (record.learnerId() != null) {
            doc.add(new StringField("learner", record.learnerId(), Field.Store.NO));
        }
        doc.add(new StringField("kind", record.kind(), Field.Store.NO));
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {record.title(), record.description(), record.issuer()}) {
            if (part != null) {
                parts.add(part);
            }
        }
        parts.addAll(record.skills());
        doc.add(new TextField("text", String.join("\n", parts), Field.Store.YES));
        for (Release release : record.releases()) {
            doc.add(new StringField("employer", release.employerId(), Field.Store.NO));
        }
        return doc;
    }

    void commitAndRefresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bare filtered query: the text (or everything) among the employer's records; the ids of the first 20. */
    List<String> search(String text, String employer, String learner) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : parse(text), Occur.MUST);
        query.add(new TermQuery(new Term("employer", employer)), Occur.FILTER);
        if (learner != null) {
            query.add(new TermQuery(new Term("learner", learner)), Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query.build(), 20);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get("id"));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, "text");
        parser.setDefaultOperator(Occur.MUST);
        Query query = parser.parse(text);
        return query == null ? new MatchAllDocsQuery() : query;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
