package org.lerhub.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.Verification;

/**
 * The Document payload of API.md: {@code documentId, status, format, recordIds, verification}, plus, for a
 * dead letter, the failed stage and reason, and, when reading one document, where it came from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(String documentId, String status, String format, List<String> recordIds,
                           Verification verification, String stage, String reason, List<String> warnings,
                           Received received) {

    /** Where and when the original arrived. */
    public record Received(String agency, String connector, Instant at, String mediaType, String fileName,
                           long sizeBytes, String sha256) {
    }

    static DocumentView of(IngestOutcome outcome, StoredDocument document) {
        return new DocumentView(outcome.documentId().value(), outcome.status().name(), outcome.format(),
                outcome.recordIds().stream().map(RecordId::value).toList(), outcome.verification(),
                outcome.failedStage() == null ? null : outcome.failedStage().name(), outcome.reason(),
                outcome.warnings().isEmpty() ? null : outcome.warnings(),
                document == null ? null : new Received(document.agencyId(), document.connectorId(),
                        document.receivedAt(), document.mediaType(), document.fileName(), document.sizeBytes(),
                        document.sha256()));
    }
}
