package org.lerhub.engine.deadletter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.ingest.IngestStage;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.store.DeadLetter;
import org.lerhub.engine.store.DeadLetters;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.springframework.stereotype.Service;

/**
 * Where an agency admin fixes what failed: replay a dead letter after a fix elsewhere (a corrected mapping
 * profile, a new mapper version), replay it with edited content, or discard it. Every action is written to the
 * audit chain.
 */
@Service
public class DeadLetterDesk {

    private final DeadLetters deadLetters;
    private final Documents documents;
    private final Records records;
    private final IngestPipeline pipeline;
    private final SearchIndexer indexer;
    private final DisclosureLog audit;
    private final Clock clock;

    public DeadLetterDesk(DeadLetters deadLetters, Documents documents, Records records, IngestPipeline pipeline,
                          SearchIndexer indexer, DisclosureLog audit, Clock clock) {
        this.deadLetters = deadLetters;
        this.documents = documents;
        this.records = records;
        this.pipeline = pipeline;
        this.indexer = indexer;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<DeadLetter> find(String id) {
        return deadLetters.find(id);
    }

    /** Open dead letters of an agency, or of all agencies when {@code agencyId} is null. */
    public List<DeadLetter> open(String agencyId) {
        return deadLetters.open(agencyId, 500);
    }

    /**
     * Runs the original through the pipeline again, or, with {@code edited} content, ingests that as a new
     * document of the same source. The dead letter is closed either way; a new failure opens a new one.
     */
    public IngestOutcome replay(DeadLetter letter, byte[] edited, String actor) {
        requireOpen(letter);
        StoredDocument document = documents.find(letter.documentId()).orElseThrow();
        IngestOutcome outcome;
        if (edited != null) {
            outcome = pipeline.ingest(new InboundDocument(edited, document.agencyId(), document.connectorId(),
                    document.format(), document.mediaType(), document.fileName()));
        } else if (IngestStage.INDEX.name().equals(letter.stage())) {
            indexer.index(records.idsOfDocument(document.id()).stream()
                    .map(id -> records.find(id).orElseThrow()).toList());
            outcome = pipeline.describe(document, false);
        } else {
            outcome = pipeline.process(document, documents.original(document.sha256()).orElseThrow());
        }
        deadLetters.close(letter.id(), DeadLetter.Status.REPLAYED, actor, clock.instant(),
                outcome.documentId().value());
        audit.append("DEAD_LETTER_REPLAYED", null, null, actor, null, List.of(),
                "dead letter " + letter.id() + " of document " + letter.documentId() + (edited != null ? " (edited)" : "")
                        + " -> " + outcome.status() + " " + outcome.documentId());
        return outcome;
    }

    public void discard(DeadLetter letter, String actor) {
        requireOpen(letter);
        deadLetters.close(letter.id(), DeadLetter.Status.DISCARDED, actor, clock.instant(), null);
        audit.append("DEAD_LETTER_DISCARDED", null, null, actor, null, List.of(),
                "dead letter " + letter.id() + " of document " + letter.documentId());
    }

    private static void requireOpen(DeadLetter letter) {
        if (letter.status() != DeadLetter.Status.OPEN) {
            throw new IllegalArgumentException("this dead letter was already " + letter.status().name().toLowerCase());
        }
    }
}
