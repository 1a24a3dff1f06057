package org.lerhub.engine.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an older version of the hub (facets in another field) is emptied when the hub opens it, so
 * that the store refills it at start instead of searches counting facets from fields the entries lack.
 */
class LuceneIndexFormatTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @TempDir
    Path indexDir;

    @Test
    void anIndexOfAnOlderFormatIsEmptiedAtOpen() throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir);
             IndexWriter older = new IndexWriter(directory, new IndexWriterConfig())) {
            Document entry = new Document();
            entry.add(new StringField("id", "written-before", Field.Store.YES));
            older.addDocument(entry);
            older.commit();
        }

        try (LuceneSearchBackend index = new LuceneSearchBackend(indexDir, SECOND, SECOND)) {
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void anIndexOfTheCurrentFormatKeepsItsEntriesAcrossRestarts() throws IOException {
        try (LuceneSearchBackend index = new LuceneSearchBackend(indexDir, SECOND, SECOND)) {
            index.index(List.of(new IndexedRecord("kept", "lee", "tn", "COURSE", "Welding", "", "Tri-County",
                    List.of("welding"), "VERIFIED", LocalDate.of(2026, 5, 1), List.of())));
            index.refresh();
            assertThat(index.search(SearchQuery.text("welding")).facets().get("skill")).containsEntry("welding", 1L);
        }

        try (LuceneSearchBackend index = new LuceneSearchBackend(indexDir, SECOND, SECOND)) {
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.search(SearchQuery.text("welding")).facets().get("issuer")).containsEntry("Tri-County", 1L);
        }
    }
}
