package org.lerhub.engine.ingest;

import org.lerhub.engine.cluster.LeadershipChanged;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finishes documents that a crash or stop left half-way: their originals were stored, so they run through the
 * pipeline again and end as records or dead letters. It runs whenever this replica becomes the leader — at start
 * for a hub alone, and on the replica that takes over from one that died — on a thread of its own, so the lease is
 * renewed meanwhile. A document another replica is still working on is safe: only one run completes it.
 */
@Component
public class IngestRecovery {

    private static final Logger log = LoggerFactory.getLogger(IngestRecovery.class);

    private final Documents documents;
    private final IngestPipeline pipeline;

    public IngestRecovery(Documents documents, IngestPipeline pipeline) {
        this.documents = documents;
        this.pipeline = pipeline;
    }

    @EventListener(condition = "#event.leader")
    void leadershipGained(LeadershipChanged event) {
        Thread recovery = new Thread(() -> {
            try {
                resumeInterrupted();
            } catch (RuntimeException e) {
                log.error("recovery stopped; what is left resumes at the next start or change of leader", e);
            }
        }, "ingest-recovery");
        recovery.setDaemon(true);
        recovery.start();
    }

    public void resumeInterrupted() {
        for (StoredDocument document : documents.withStatus(DocumentStatus.RECEIVED)) {
            log.info("resuming document {} interrupted before it was stored", document.id());
            documents.original(document.sha256()).ifPresent(content -> pipeline.process(document, content));
        }
    }
}
