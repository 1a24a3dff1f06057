package org.lerhub.engine.connector;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.verification.SenderKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agencies' connectors: create, change, disable, delete, each a new version in the history, each followed by a
 * {@link ConnectorChanged} event so its route follows at run time.
 */
@Service
public class Connectors {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final TypeReference<Map<String, String>> CREDENTIALS = new TypeReference<>() { };

    private final ConnectorDefinitions definitions;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final DisclosureLog audit;

    public Connectors(ConnectorDefinitions definitions, SecretBox secrets, ApplicationEventPublisher events,
                      JsonMapper json, Clock clock, DisclosureLog audit) {
        this.audit = audit;
        this.definitions = definitions;
        this.secrets = secrets;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Connector create(String agencyId, ConnectorRequest request, String actor) {
        if (request.kind() == null || request.name() == null || request.name().isBlank()) {
            throw new IllegalArgumentException("a connector needs a name and a kind (file-drop, sftp, http-pull, "
                    + "webhook or upload)");
        }
        String id = request.id() == null ? UUID.randomUUID().toString() : request.id();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a connector id is 2 to 63 lower-case letters, digits and dashes");
        }
        if (definitions.idTaken(id)) {
            throw new IllegalArgumentException("the connector id '" + id + "' is taken; choose another");
        }
        requireUsableSenderKey(request.kind(), request.settings());
        Instant now = clock.instant();
        Connector connector = new Connector(id, agencyId, request.name(), request.kind(), format(request.format()),
                request.settings(), request.credentials() != null, request.enabled() == null || request.enabled(), 1,
                now, now);
        definitions.save(connector, seal(request.credentials()), "CREATED", actor, false);
        audited("CONNECTOR_CREATED", connector, actor);
        events.publishEvent(new ConnectorChanged(connector, false));
        return connector;
    }

    @Transactional
    public Connector update(Connector current, ConnectorRequest request, String actor) {
        if (request.kind() != null && request.kind() != current.kind()) {
            throw new IllegalArgumentException("a connector's kind cannot change; create a new connector instead");
        }
        requireUsableSenderKey(current.kind(), request.settings());
        Connector next = new Connector(current.id(), current.agencyId(),
                request.name() == null ? current.name() : request.name(), current.kind(),
                request.format() == null ? current.format() : format(request.format()),
                request.settings() == null ? current.settings() : request.settings(),
                current.hasCredentials() || request.credentials() != null,
                request.enabled() == null ? current.enabled() : request.enabled(), current.version() + 1,
                current.createdAt(), clock.instant());
        definitions.save(next, seal(request.credentials()), next.enabled() ? "CHANGED" : "DISABLED", actor, false);
        audited(request.credentials() != null ? "CONNECTOR_CREDENTIALS_CHANGED" : "CONNECTOR_CHANGED", next, actor);
        events.publishEvent(new ConnectorChanged(next, false));
        return next;
    }

    @Transactional
    public void delete(Connector current, String actor) {
        Connector gone = new Connector(current.id(), current.agencyId(), current.name(), current.kind(),
                current.format(), current.settings(), current.hasCredentials(), false, current.version() + 1,
                current.createdAt(), clock.instant());
        definitions.save(gone, null, "DELETED", actor, true);
        audited("CONNECTOR_DELETED", gone, actor);
        events.publishEvent(new ConnectorChanged(gone, true));
    }

    /** Into the audit chain beside the version history: who changed which connector (never its credentials). */
    private void audited(String action, Connector connector, String actor) {
        audit.append(action, null, null, actor, null, List.of(), "connector " + connector.id() + " of agency "
                + connector.agencyId() + ", version " + connector.version());
    }

    public Optional<Connector> find(String id) {
        return definitions.find(id);
    }

    public List<Connector> ofAgency(String agencyId) {
        return definitions.ofAgency(agencyId);
    }

    public List<Connector> all() {
        return definitions.all();
    }

    public List<ConnectorDefinitions.Version> history(String id) {
        return definitions.history(id);
    }

    /** The decrypted credentials, for routes and webhook checks only; never for the API. */
    public Map<String, String> credentials(String id) {
        return definitions.sealedCredentials(id).map(sealed -> json.readValue(secrets.open(sealed), CREDENTIALS))
                .orElse(Map.of());
    }

    /**
     * The key of the connector's sender as it was configured when a document was received: a key added later does
     * not make earlier unsigned documents invalid, and a key replaced later still checks what was signed before.
     */
    public Optional<SenderKey> senderKeyAt(String connectorId, Instant receivedAt) {
        return connectorId == null ? Optional.empty() : definitions.settingsAsOf(connectorId, receivedAt)
                .flatMap(Connectors::senderKey);
    }

    /** The kinds whose documents can bring a detached signature along (a {@code .sig} file, a request header). */
    private static final Set<ConnectorKind> SIGNED_KINDS = Set.of(ConnectorKind.FILE_DROP, ConnectorKind.UPLOAD,
            ConnectorKind.WEBHOOK);

    /**
     * The settings' sender key; a key that is not a usable RSA public key in PEM, or on a kind of connector that
     * cannot bring signatures yet (every document would be quarantined), is refused with the reason.
     */
    private static void requireUsableSenderKey(ConnectorKind kind, Map<String, Object> settings) {
        if (senderKey(settings).isPresent() && !SIGNED_KINDS.contains(kind)) {
            throw new IllegalArgumentException("a " + kind.id() + " connector cannot bring detached signatures yet "
                    + "(file-drop, upload and webhook connectors can); leave out " + SenderKey.SETTING);
        }
    }

    private static Optional<SenderKey> senderKey(Map<String, Object> settings) {
        Object pem = settings == null ? null : settings.get(SenderKey.SETTING);
        return pem == null ? Optional.empty() : Optional.of(SenderKey.fromPem(pem.toString()));
    }

    private String seal(Map<String, String> credentials) {
        return credentials == null ? null : secrets.seal(json.writeValueAsString(credentials));
    }

    private static String format(String format) {
        return format == null || format.isBlank() || format.equals("auto") ? null : format;
    }
}
