package org.lerhub.engine.search;

import java.util.Collection;

/** A search index over records; embedded Lucene by default, Elasticsearch when scaled out. */
public interface SearchBackend {

    /** Adds or replaces the records' entries; they are searchable within a second. */
    void index(Collection<IndexedRecord> records);

    void delete(Collection<String> recordIds);

    void deleteAll();

    /** Makes every write so far visible to the next search: consent changes must hold for the next query. */
    void refresh();

    /** Removes deleted entries from storage too, so erased data is gone from the index files. */
    void purgeDeleted();

    SearchPage search(SearchQuery query);

    long count();

    /**
     * Starts rebuilding the index from the store: the caller hands every entry to the rebuild, then completes
     * it. By default the index is cleared first; a backend that can keep answering from the old entries
     * meanwhile (Elasticsearch: a new index, then an alias swap) overrides this.
     */
    default Rebuild rebuild() {
        deleteAll();
        return new Rebuild() {
            @Override
            public void index(Collection<IndexedRecord> records) {
                SearchBackend.this.index(records);
            }

            @Override
            public void complete() {
                refresh();
            }

            @Override
            public void close() {
            }
        };
    }

    /** A rebuild in progress; closing it without completing abandons it. */
    interface Rebuild extends AutoCloseable {

        void index(Collection<IndexedRecord> records);

        /** Makes the rebuilt entries the index that searches read. */
        void complete();

        @Override
        void close();
    }
}
