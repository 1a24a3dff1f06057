package org.lerhub.engine.ingest;

import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Finishes documents that a crash or stop left half-way: their originals were stored, so they run through
 * the pipeline again and end as records or dead letters.
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

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void resumeInterrupted() {
        for (StoredDocument document : documents.withStatus(DocumentStatus.RECEIVED)) {
            log.info("resuming document {} interrupted before it was stored", document.id());
            documents.original(document.sha256()).ifPresent(content -> pipeline.process(document, content));
        }
    }
}
