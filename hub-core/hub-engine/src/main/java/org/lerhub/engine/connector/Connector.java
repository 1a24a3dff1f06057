package org.lerhub.engine.connector;

import java.time.Instant;
import java.util.Map;

/**
 * An agency's source of documents. Credentials are never part of it: they are stored encrypted and only
 * routes read them ({@link Connectors#credentials}).
 *
 * @param format   a format id, or null to detect each document's format
 * @param settings kind-specific settings (endpoint, schedule, CSV profile…), never secrets
 */
public record Connector(String id, String agencyId, String name, ConnectorKind kind, String format,
                        Map<String, Object> settings, boolean hasCredentials, boolean enabled, int version,
                        Instant createdAt, Instant updatedAt) {

    public Connector {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
