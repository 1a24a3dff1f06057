package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorDefinitions;
import org.lerhub.engine.connector.ConnectorHealth;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.ConnectorRequest;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.store.DeadLetter;
import org.lerhub.engine.store.DeadLetters;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.verification.DetachedSignature;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agencies' connectors: definitions (own agency only), dry runs, status, and the webhook inbox. Another
 * agency's connector answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/connectors")
@Tag(name = "Connectors", description = "Onboard and watch the sources an agency ingests from")
class ConnectorsController {

    /** Header of a webhook push: {@code sha256=<hex HMAC-SHA256 of the body with the connector's secret>}. */
    static final String SIGNATURE_HEADER = "X-LER-Signature";
    private static final List<String> FIELDS = List.of("id", "agency", "name", "kind", "format", "enabled", "settings",
            "credentials");

    private final Connectors connectors;
    private final IngestPipeline pipeline;
    private final Documents documents;
    private final DeadLetters deadLetters;
    private final ConnectorHealth health;
    private final RequestBodies bodies;

    ConnectorsController(Connectors connectors, IngestPipeline pipeline, Documents documents, DeadLetters deadLetters,
                         ConnectorHealth health, RequestBodies bodies) {
        this.health = health;
        this.connectors = connectors;
        this.pipeline = pipeline;
        this.documents = documents;
        this.deadLetters = deadLetters;
        this.bodies = bodies;
    }

    /** A connector as the API shows it: never its credentials, only whether it has some. */
    record ConnectorView(String id, String agency, String name, String kind, String format, Map<String, Object> settings,
                         boolean hasCredentials, boolean enabled, int version, Instant createdAt, Instant updatedAt,
                         List<ConnectorDefinitions.Version> history) {

        static ConnectorView of(Connector c, List<ConnectorDefinitions.Version> history) {
            return new ConnectorView(c.id(), c.agencyId(), c.name(), c.kind().id(), c.format() == null ? "auto" : c.format(),
                    c.settings(), c.hasCredentials(), c.enabled(), c.version(), c.createdAt(), c.updatedAt(), history);
        }
    }

    @GetMapping
    @Operation(summary = "My agency's connectors (all connectors for a hub admin)")
    List<ConnectorView> list(Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        List<Connector> all = user.is(HubRole.HUB_ADMIN) ? connectors.all() : connectors.ofAgency(user.organizationId());
        return all.stream().map(c -> ConnectorView.of(c, null)).toList();
    }

    @PostMapping
    @Operation(summary = "Create a connector: {name, kind, format, ...kind-specific settings, credentials}; its route starts at once")
    ResponseEntity<ConnectorView> create(@RequestBody Map<String, Object> body, Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        Connector created = connectors.create(user.agencyFor((String) body.get("agency")), request(body),
                user.username());
        return ResponseEntity.created(URI.create("/api/v1/connectors/" + created.id()))
                .body(ConnectorView.of(created, connectors.history(created.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One connector with its version history")
    ConnectorView get(@PathVariable String id, Authentication authentication) {
        return ConnectorView.of(owned(id, authentication), connectors.history(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change, enable or disable a connector; its route follows without a restart")
    ConnectorView update(@PathVariable String id, @RequestBody Map<String, Object> body, Authentication authentication) {
        Connector updated = connectors.update(owned(id, authentication), request(body),
                HubUser.of(authentication).username());
        return ConnectorView.of(updated, connectors.history(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a connector and stop its route; its documents stay")
    ResponseEntity<Void> delete(@PathVariable String id, Authentication authentication) {
        connectors.delete(owned(id, authentication), HubUser.of(authentication).username());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/{id}/dry-run", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Map and verify a sample as this connector would, storing nothing")
    IngestPipeline.Preview dryRun(@PathVariable String id, HttpServletRequest request, Authentication authentication,
                                  @Parameter(description = DocumentsController.DETACHED_SIGNATURE)
                                  @RequestHeader(value = DetachedSignature.HEADER, required = false) String signature)
            throws IOException {
        Connector connector = owned(id, authentication);
        byte[] detachedSignature = DetachedSignature.fromHeader(signature);
        return pipeline.preview(new InboundDocument(bodies.read(request),
                connector.agencyId(), connector.id(), connector.format(), request.getContentType(), null,
                detachedSignature));
    }

    /** Last run, counts and last error of a connector; unhealthy when its last documents all failed. */
    record Status(String connector, boolean enabled, boolean healthy, Documents.SourceStats documents,
                  LastError lastError) {
    }

    record LastError(Instant at, String stage, String reason, String deadLetterId) {
    }

    @GetMapping("/{id}/status")
    @Operation(summary = "Last run, counts and last error of a connector")
    Status status(@PathVariable String id, Authentication authentication) {
        Connector connector = owned(id, authentication);
        LastError lastError = deadLetters.latestOfConnector(id)
                .map(d -> new LastError(d.createdAt(), d.stage(), d.reason(), d.id())).orElse(null);
        return new Status(id, connector.enabled(), !health.failing(id), documents.statsOfConnector(id), lastError);
    }

    @PostMapping(value = "/{id}/inbound", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Webhook push, authenticated by the connector's secret (header X-LER-Signature: sha256=<hex HMAC>)")
    ResponseEntity<?> inbound(@PathVariable String id, @RequestHeader(value = SIGNATURE_HEADER, required = false) String signature,
                              @Parameter(description = DocumentsController.DETACHED_SIGNATURE)
                              @RequestHeader(value = DetachedSignature.HEADER, required = false) String detachedSignature,
                              HttpServletRequest request) throws IOException {
        byte[] body = bodies.read(request);
        Connector connector = connectors.find(id).filter(c -> c.kind() == ConnectorKind.WEBHOOK && c.enabled()).orElse(null);
        String secret = connector == null ? null : connectors.credentials(id).get("secret");
        if (secret == null || signature == null || !validSignature(secret, body, signature)) {
            // one answer for unknown connector, missing secret and bad signature: nothing to probe
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "the " + SIGNATURE_HEADER + " header must be sha256=<hex HMAC-SHA256 of the body with the "
                            + "connector's secret>; nothing was stored");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return DocumentResponses.of(pipeline.ingest(new InboundDocument(body, connector.agencyId(), connector.id(),
                connector.format(), request.getContentType(), null,
                DetachedSignature.fromHeader(detachedSignature))));
    }

    static boolean validSignature(String secret, byte[] body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            String given = header.startsWith("sha256=") ? header.substring("sha256=".length()) : header;
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(given.trim().toLowerCase()));
        } catch (IllegalArgumentException notHex) {
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }

    private Connector owned(String id, Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        return connectors.find(id).filter(c -> user.actsForAgency(c.agencyId()))
                .orElseThrow(() -> new ApiProblems.NotFound("connector " + id));
    }

    /** Known fields by name; every other top-level field is a kind-specific setting, as API.md shows them. */
    @SuppressWarnings("unchecked")
    private static ConnectorRequest request(Map<String, Object> body) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (body.get("settings") instanceof Map<?, ?> nested) {
            settings.putAll((Map<String, Object>) nested);
        }
        body.forEach((key, value) -> {
            if (!FIELDS.contains(key)) {
                settings.put(key, value);
            }
        });
        Map<String, String> credentials = null;
        if (body.get("credentials") instanceof Map<?, ?> given) {
            credentials = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : given.entrySet()) {
                credentials.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
            }
        }
        Object kind = body.get("kind");
        Object enabled = body.get("enabled");
        return new ConnectorRequest((String) body.get("id"), (String) body.get("name"),
                kind == null ? null : ConnectorKind.of(kind.toString()), (String) body.get("format"),
                settings.isEmpty() && !body.containsKey("settings") ? null : settings, credentials,
                enabled == null ? null : Boolean.valueOf(enabled.toString()));
    }
}
