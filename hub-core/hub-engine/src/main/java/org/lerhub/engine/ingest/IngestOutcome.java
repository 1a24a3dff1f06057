package org.lerhub.engine.ingest;

import java.util.List;
import java.util.Optional;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.Verification;

/**
 * What became of a document.
 *
 * @param duplicate    the same bytes had already been received from this agency; nothing new was stored
 * @param verification the outcome for the document's own proof(s); null for a dead letter
 * @param reason       for a dead letter, why, in words a person can act on
 */
public record IngestOutcome(DocumentId documentId, DocumentStatus status, String format, List<RecordId> recordIds,
                            Verification verification, boolean duplicate, IngestStage failedStage, String reason,
                            List<String> warnings) {

    public IngestOutcome {
        recordIds = List.copyOf(recordIds);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Why the document became a dead letter; empty when it was stored. */
    public Optional<String> deadLetterReason() {
        return status == DocumentStatus.DEAD_LETTER ? Optional.of(reason) : Optional.empty();
    }
}
