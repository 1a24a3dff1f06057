package org.lerhub.engine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies stored credentials again: an issuer may revoke or suspend a credential after the hub received it, a
 * credential expires, an agency changes its trust list. Each stored original is mapped and verified as at ingest;
 * every record gets the fresh outcome (so "verified as of" is the last check), and records whose outcome changed
 * are re-indexed, so a revocation reaches employer search. Documents that fail to map now keep what they had.
 */
@Service
public class Reverification {

    private static final Logger log = LoggerFactory.getLogger(Reverification.class);
    private static final int PAGE = 200;

    private final Records records;
    private final Documents documents;
    private final IngestPipeline pipeline;
    private final SearchIndexer indexer;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    public Reverification(Records records, Documents documents, IngestPipeline pipeline, SearchIndexer indexer,
                          TransactionTemplate transaction, JsonMapper json) {
        this.records = records;
        this.documents = documents;
        this.pipeline = pipeline;
        this.indexer = indexer;
        this.transaction = transaction;
        this.json = json;
    }

    /** What one run did: documents and records checked, records whose outcome changed, documents that failed. */
    public record Summary(int documents, int records, int changed, int failed) {
    }

    public synchronized Summary run() {
        int checkedDocuments = 0;
        int checkedRecords = 0;
        int changed = 0;
        int failed = 0;
        String after = "";
        for (List<DocumentId> page = records.documentsToRecheck(after, PAGE); !page.isEmpty();
             page = records.documentsToRecheck(after, PAGE)) {
            for (DocumentId id : page) {
                try {
                    Recheck recheck = recheck(id);
                    checkedDocuments++;
                    checkedRecords += recheck.records();
                    changed += recheck.changed();
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("document {} could not be verified again; it keeps its earlier outcome: {}", id,
                            e.getMessage());
                }
            }
            after = page.get(page.size() - 1).value();
        }
        Summary summary = new Summary(checkedDocuments, checkedRecords, changed, failed);
        log.info("re-verification: {}", summary);
        return summary;
    }

    private record Recheck(int records, int changed) {
    }

    private Recheck recheck(DocumentId id) {
        StoredDocument document = documents.find(id).orElse(null);
        byte[] content = document == null ? null : documents.original(document.sha256()).orElse(null);
        if (content == null) {
            return new Recheck(0, 0); // erased between the page and now
        }
        int[] checked = {0};
        int[] changedCount = {0};
        boolean[] allTrusted = {true};
        Verification[] documentVerification = {null};
        pipeline.reverify(document, content, part -> {
            List<LerRecord> updated = new ArrayList<>();
            List<LerRecord> changed = new ArrayList<>();
            for (Records.Positioned positioned : records.ofDocument(id, part.firstPosition(),
                    part.firstPosition() + part.records().size())) {
                LerRecord was = positioned.record();
                LerRecord now = part.records().get(positioned.position() - part.firstPosition());
                LerRecord record = was.toBuilder().verification(now.verification()).provenance(now.provenance())
                        .build();
                updated.add(record);
                allTrusted[0] &= now.verification().issuerTrusted();
                if (!sameOutcome(was.verification(), now.verification())) {
                    log.info("record {} was {}, now {}", was.id(), was.verification().status(),
                            now.verification().status());
                    changed.add(record);
                }
            }
            transaction.executeWithoutResult(status -> updated.forEach(records::updateVerification));
            indexer.index(changed);
            checked[0] += updated.size();
            changedCount[0] += changed.size();
            if (documentVerification[0] == null) {
                documentVerification[0] = part.document();
            }
        });
        if (documentVerification[0] != null) {
            documents.updateVerification(id, json.writeValueAsString(
                    documentVerification[0].withIssuerTrusted(checked[0] > 0 && allTrusted[0])));
        }
        return new Recheck(checked[0], changedCount[0]);
    }

    private static boolean sameOutcome(Verification a, Verification b) {
        return a.status() == b.status() && a.issuerTrusted() == b.issuerTrusted()
                && Objects.equals(a.checks(), b.checks());
    }
}
