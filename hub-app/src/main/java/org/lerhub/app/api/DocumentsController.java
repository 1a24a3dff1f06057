package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.identity.IdentityDecisions;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.engine.verification.DetachedSignature;
import org.lerhub.schema.DocumentId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ingest of one document, and what became of it. Agencies see only their own documents. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Ingest documents in any supported format; read their outcome and original")
class DocumentsController {

    /** How the API describes the detached signature header wherever a document comes in. */
    static final String DETACHED_SIGNATURE = "base64 of the sender's SHA256withRSA signature over the body's exact bytes; "
            + "checked with the connector's senderPublicKey (a connector with a key requires it)";

    /** Documents a hub admin posts without naming an agency belong to the hub itself. */
    static final String HUB_AGENCY = "hub";

    private final IngestPipeline pipeline;
    private final Documents documents;
    private final IdentityDecisions identity;
    private final Connectors connectors;
    private final RequestBodies bodies;

    DocumentsController(IngestPipeline pipeline, Documents documents, IdentityDecisions identity, Connectors connectors,
                        RequestBodies bodies) {
        this.connectors = connectors;
        this.pipeline = pipeline;
        this.documents = documents;
        this.identity = identity;
        this.bodies = bodies;
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Ingest one document",
            description = "Raw body in its own format. 201 when new, 200 when the same bytes were already received, "
                    + "422 problem (with documentId) when the content is bad; it is then kept as a dead letter. "
                    + "A sender's detached signature travels in the " + DetachedSignature.HEADER + " header.")
    ResponseEntity<?> ingest(HttpServletRequest request, Authentication authentication,
                             @RequestParam(required = false) String format,
                             @RequestParam(required = false) String connector,
                             @RequestParam(required = false) String agency,
                             @Parameter(description = DETACHED_SIGNATURE)
                             @RequestHeader(value = DetachedSignature.HEADER, required = false) String signature)
            throws IOException {
        HubUser user = HubUser.of(authentication);
        String owner = user.is(HubRole.HUB_ADMIN) ? (agency == null ? HUB_AGENCY : agency) : user.organizationId();
        if (connector != null && connectors.find(connector).filter(c -> user.actsForAgency(c.agencyId())).isEmpty()) {
            throw new ApiProblems.NotFound("connector " + connector);
        }
        byte[] detachedSignature = DetachedSignature.fromHeader(signature);
        byte[] body = bodies.read(request);
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(body, owner, connector, format,
                request.getContentType(), null, detachedSignature));
        return DocumentResponses.of(outcome);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status, format, records and dead-letter reason of a document")
    DocumentView get(@PathVariable String id, Authentication authentication) {
        StoredDocument document = owned(id, authentication);
        return DocumentView.of(pipeline.describe(document, false), document);
    }

    @GetMapping("/{id}/original")
    @Operation(summary = "The original bytes of a document, exactly as received")
    ResponseEntity<byte[]> original(@PathVariable String id, Authentication authentication) {
        StoredDocument document = owned(id, authentication);
        byte[] content = documents.original(document.sha256()).orElseThrow(() -> new ApiProblems.NotFound("document " + id));
        MediaType type = document.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(document.mediaType());
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(document.fileName() == null ? document.id().value() : document.fileName()).build()
                        .toString())
                .header("Digest", "sha-256=" + document.sha256())
                .body(content);
    }

    @PostMapping("/{id}/claim-codes")
    @Operation(summary = "Issue a one-time code the learner uses to claim this document's records (valid 30 days)")
    ResponseEntity<IdentityDecisions.Claim> claimCode(@PathVariable String id, Authentication authentication) {
        StoredDocument document = owned(id, authentication);
        return ResponseEntity.status(HttpStatus.CREATED).body(identity.issueClaimCode(document.id(), document.agencyId()));
    }

    private StoredDocument owned(String id, Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        return documents.find(DocumentId.of(id)).filter(d -> user.actsForAgency(d.agencyId()))
                .orElseThrow(() -> new ApiProblems.NotFound("document " + id));
    }

}
