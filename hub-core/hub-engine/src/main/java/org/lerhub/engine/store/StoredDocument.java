package org.lerhub.engine.store;

import java.time.Instant;
import org.lerhub.schema.DocumentId;

/** One inbound document as stored; its bytes are in {@link Documents#original}. */
public record StoredDocument(DocumentId id, String agencyId, String connectorId, String sha256, long sizeBytes,
                             String mediaType, String fileName, String format, DocumentStatus status,
                             Instant receivedAt, String verificationJson, String warningsJson) {
}
