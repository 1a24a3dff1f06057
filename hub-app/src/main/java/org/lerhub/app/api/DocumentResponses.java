package org.lerhub.app.api;

import java.net.URI;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.store.DocumentStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The answer to a received document, the same for uploads, webhooks and replays: 201, 200 or 422. */
final class DocumentResponses {

    private DocumentResponses() {
    }

    static ResponseEntity<?> of(IngestOutcome outcome) {
        DocumentView view = DocumentView.of(outcome, null);
        if (outcome.status() == DocumentStatus.DEAD_LETTER) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, outcome.reason());
            problem.setTitle("The document could not be ingested");
            problem.setProperty("documentId", view.documentId());
            problem.setProperty("stage", view.stage());
            problem.setProperty("documentStatus", view.status());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (outcome.duplicate()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/documents/" + view.documentId())).body(view);
    }
}
