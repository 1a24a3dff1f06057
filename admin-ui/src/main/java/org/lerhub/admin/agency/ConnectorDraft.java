package org.lerhub.admin.agency;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.ConnectorRequest;

/**
 * A connector being onboarded, kept in the admin's session from step to step; nothing is stored (and no route
 * runs) until the last step activates it.
 */
class ConnectorDraft implements Serializable {

    static final String SESSION = "connectorDraft";

    String agency;
    String id;
    String name;
    ConnectorKind kind;
    String format;
    final Map<String, Object> settings = new LinkedHashMap<>();
    final Map<String, String> credentials = new LinkedHashMap<>();
    /** Whether a sample passed the dry run; activation asks for one. */
    boolean tested;

    // read by the template
    public String getAgency() {
        return agency;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ConnectorKind getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public Map<String, Object> getSettings() {
        return settings;
    }

    public Map<String, String> getCredentials() {
        return credentials;
    }

    public boolean isTested() {
        return tested;
    }

    ConnectorRequest request() {
        return new ConnectorRequest(id, name, kind, format, Map.copyOf(settings),
                credentials.isEmpty() ? null : Map.copyOf(credentials), true);
    }
}
