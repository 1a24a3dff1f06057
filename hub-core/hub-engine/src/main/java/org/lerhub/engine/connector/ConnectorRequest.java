package org.lerhub.engine.connector;

import java.util.Map;

/**
 * What an agency admin asks for when creating or changing a connector.
 *
 * @param id          optional on creation (a readable id such as {@code tn-sis}); generated when absent
 * @param credentials secrets (password, API key, webhook secret); null keeps the stored ones on change
 */
public record ConnectorRequest(String id, String name, ConnectorKind kind, String format, Map<String, Object> settings,
                               Map<String, String> credentials, Boolean enabled) {
}
