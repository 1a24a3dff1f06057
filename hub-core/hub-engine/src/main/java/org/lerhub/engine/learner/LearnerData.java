package org.lerhub.engine.learner;

import java.time.Clock;
import java.util.List;
import org.lerhub.engine.audit.Disclosure;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.consent.ConsentGrants;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Learners;
import org.lerhub.engine.store.Records;
import org.lerhub.mapping.LearnerRecords;
import org.lerhub.mapping.RecordExporter;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A learner's rights over their data: take all of it with them, or have it erased. */
@Service
public class LearnerData {

    private final Learners learners;
    private final Records records;
    private final Documents documents;
    private final ConsentGrants grants;
    private final DisclosureLog disclosures;
    private final SearchIndexer indexer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public LearnerData(Learners learners, Records records, Documents documents, ConsentGrants grants,
                       DisclosureLog disclosures, SearchIndexer indexer, TransactionTemplate transaction, Clock clock) {
        this.clock = clock;
        this.learners = learners;
        this.records = records;
        this.documents = documents;
        this.grants = grants;
        this.disclosures = disclosures;
        this.indexer = indexer;
        this.transaction = transaction;
    }

    /** Everything the hub holds about a learner. */
    public record Export(String learnerId, String name, List<String> emails, List<LerRecord> records,
                         List<Grant> grants, List<Disclosure> disclosures) {
    }

    /** The learner's records written by the exporter of a format ({@code clr2}, {@code ler-rs}). */
    public byte[] export(LearnerId learner, RecordExporter exporter, String exportedBy) {
        return exporter.export(new LearnerRecords(learner.value(),
                learners.find(learner).map(Learners.LearnerSummary::displayName).orElse(null),
                learners.emailsOf(learner), records.ofLearner(learner), clock.instant(), exportedBy));
    }

    public Export export(LearnerId learner) {
        return new Export(learner.value(), learners.find(learner).map(Learners.LearnerSummary::displayName).orElse(null),
                learners.emailsOf(learner), records.ofLearner(learner), grants.ofLearner(learner),
                disclosures.ofLearner(learner.value()));
    }

    /**
     * Erases the learner's records, the originals that held only their records, their grants, emails and
     * identifiers, and their index entries (purged from the index files). The disclosure log keeps its
     * entries, which hold ids only, and gains a tombstone, so the chain stays verifiable.
     */
    public void erase(LearnerId learner) {
        List<String> recordIds = records.ofLearner(learner).stream().map(r -> r.id().value()).toList();
        transaction.executeWithoutResult(status -> {
            grants.ofLearner(learner).forEach(g -> grants.delete(g.id()));
            records.deleteOfLearner(learner).forEach(document -> documents.deleteIfEmpty(DocumentId.of(document)));
            learners.delete(learner);
        });
        indexer.erase(learner, recordIds);
        disclosures.append("ERASED", learner.value(), null, "learner", null, List.of(),
                "the learner erased their data; " + recordIds.size() + " records removed");
    }
}
