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
}
