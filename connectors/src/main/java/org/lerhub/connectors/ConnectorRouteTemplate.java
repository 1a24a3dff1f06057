package org.lerhub.connectors;

import java.util.Map;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;

/**
 * A Camel route template for one kind of polling connector: a new transport is a new implementation (and its
 * template), nothing else.
 */
public interface ConnectorRouteTemplate {

    ConnectorKind kind();

    /** The id of the Camel route template. */
    String templateId();

    /**
     * The template's parameters for this connector.
     *
     * @param credentials the connector's decrypted credentials
     * @throws IllegalArgumentException when a setting the transport needs is missing, saying which
     */
    Map<String, Object> parameters(Connector connector, Map<String, String> credentials);
}
