package org.lerhub.engine.store;

import java.time.Instant;
import org.lerhub.schema.DocumentId;

/**
 * A document that could not become records, with the stage that failed and a reason a person can act on.
 * The original bytes stay with the document.
 */
public record DeadLetter(String id, DocumentId documentId, String agencyId, String connectorId, String stage,
                         String reason, Status status, Instant createdAt) {

    public enum Status { OPEN, REPLAYED, DISCARDED }
}
