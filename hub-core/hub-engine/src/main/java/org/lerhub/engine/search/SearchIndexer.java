package org.lerhub.engine.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Keeps the search index in step with the record store, and rebuilds it from the store on demand. */
@Service
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 1_000;

    private final SearchBackend backend;
    private final Records records;

    public SearchIndexer(SearchBackend backend, Records records) {
        this.backend = backend;
        this.records = records;
    }

    public void index(Collection<LerRecord> stored) {
        backend.index(stored.stream().map(IndexedRecord::of).toList());
    }

    /** Rebuilds the index from the store; returns how many records were indexed. */
    public synchronized long reindex() {
        backend.deleteAll();
        List<IndexedRecord> batch = new ArrayList<>(BATCH);
        long[] total = {0};
        records.forEach(record -> {
            batch.add(IndexedRecord.of(record));
            if (batch.size() == BATCH) {
                backend.index(batch);
                total[0] += batch.size();
                batch.clear();
            }
        });
        backend.index(batch);
        total[0] += batch.size();
        log.info("search index rebuilt from the store: {} records", total[0]);
        return total[0];
    }

    /** An index lost in a crash, or written by another version, is rebuilt before anyone searches it. */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfStale() {
        long stored = records.count();
        long indexed = backend.count();
        if (stored != indexed) {
            log.info("search index holds {} records, the store {}: rebuilding", indexed, stored);
            reindex();
        }
    }
}
