package org.lerhub.engine.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.consent.ConsentGrants;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index in step with the record store and the consent store: each entry carries the live
 * grants that release its record, so that an employer's query filters inside the index. Rebuilds on demand.
 */
@Service
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 1_000;

    private final SearchBackend backend;
    private final Records records;
    private final ConsentGrants grants;
    private final DisclosureLog audit;
    private final Clock clock;
    private final LearnerTurns turns;

    public SearchIndexer(SearchBackend backend, Records records, ConsentGrants grants, DisclosureLog audit, Clock clock,
                         LearnerTurns turns) {
        this.backend = backend;
        this.records = records;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
        this.turns = turns;
    }

    /**
     * Indexes the records as the store holds them when their learners' turn comes, with the grants that release them
     * then. A record the store no longer holds (erased, taken back) is removed from the index, not written back from
     * the copy the caller read.
     */
    public void index(Collection<LerRecord> changed) {
        turns.run(changed.stream().map(SearchIndexer::learnerOf).toList(), () -> {
            Map<RecordId, LerRecord> current = records.findAll(changed.stream().map(LerRecord::id).toList());
            backend.index(entries(current.values()));
            List<String> gone = changed.stream().map(LerRecord::id).filter(id -> !current.containsKey(id))
                    .map(RecordId::value).toList();
            if (!gone.isEmpty()) {
                backend.delete(gone);
            }
        });
    }

    private List<IndexedRecord> entries(Collection<LerRecord> stored) {
        Map<LearnerId, List<Grant>> live = new HashMap<>();
        Instant now = clock.instant();
        return stored.stream().map(record -> entry(record, live.computeIfAbsent(learnerOf(record),
                learner -> learner == null ? List.of()
                        : grants.activeOfLearner(learner).stream().filter(g -> g.isLive(now)).toList()))).toList();
    }

    /** Recompiles a learner's grants into the entries of all their records: after a grant, narrowing or revocation. */
    public void reindexLearner(LearnerId learner) {
        turns.run(List.of(learner), () -> backend.index(entries(records.ofLearner(learner))));
        backend.refresh();
    }

    public void delete(Collection<String> recordIds) {
        backend.delete(recordIds);
    }

    /**
     * Removes an erased learner's entries from the index and from its files: those of the records erased, and any other
     * the index holds for the learner (a record stored while the erasure ran).
     */
    public void erase(LearnerId learner, Collection<String> recordIds) {
        turns.run(List.of(learner), () -> {
            backend.delete(recordIds);
            SearchQuery theirs = new SearchQuery(null, null, null, null, null, null, null, Set.of(learner.value()),
                    Set.of(), null, null, SearchQuery.Order.RELEVANCE, 0, SearchQuery.MAX_SIZE);
            for (backend.refresh(); ; backend.refresh()) {
                List<String> left = backend.search(theirs).hits().stream().map(SearchPage.Hit::recordId).toList();
                if (left.isEmpty()) {
                    break;
                }
                backend.delete(left);
            }
        });
        // merging deleted entries away takes long on a large index: other writes about the learner need not wait
        backend.purgeDeleted();
    }

    private static IndexedRecord entry(LerRecord record, List<Grant> live) {
        return IndexedRecord.of(record, live.stream().filter(g -> g.covers(record))
                .map(g -> new Release(g.employerId(), g.expiresAt(), g.releasesFullRecord())).toList());
    }

    private static LearnerId learnerOf(LerRecord record) {
        return record.subject() == null ? null : record.subject().learnerId();
    }

    /** Rebuilds the index from the store; returns how many records were indexed. */
    public long reindex() {
        return reindex(indexed -> { });
    }

    /**
     * Rebuilds the index because {@code actor} asked (the API or a page), telling {@code progress} each batch's size
     * as it is indexed, and writes that to the audit chain.
     */
    public long reindex(String actor, LongConsumer progress) {
        long indexed = reindex(progress);
        audit.append("INDEX_REBUILT", null, null, actor, null, List.of(), indexed + " records");
        return indexed;
    }

    /** Rebuilds the index from the store, telling {@code progress} each batch's size as it is indexed. */
    private synchronized long reindex(LongConsumer progress) {
        List<LerRecord> batch = new ArrayList<>(BATCH);
        long[] total = {0};
        try (SearchBackend.Rebuild rebuild = backend.rebuild()) {
            records.forEach(record -> {
                batch.add(record);
                if (batch.size() == BATCH) {
                    indexBatch(rebuild, batch, total, progress);
                }
            });
            indexBatch(rebuild, batch, total, progress);
            rebuild.complete();
        }
        log.info("search index rebuilt from the store: {} records", total[0]);
        return total[0];
    }

    private void indexBatch(SearchBackend.Rebuild rebuild, List<LerRecord> batch, long[] total, LongConsumer progress) {
        turns.run(batch.stream().map(SearchIndexer::learnerOf).toList(), () -> rebuild.index(entries(batch)));
        total[0] += batch.size();
        progress.accept(batch.size());
        batch.clear();
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
