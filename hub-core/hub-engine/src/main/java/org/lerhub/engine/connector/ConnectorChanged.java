package org.lerhub.engine.connector;

/**
 * Published after a connector was created, changed, disabled or deleted, so that its route is started,
 * updated or stopped without restarting the hub.
 *
 * @param connector the connector as it is now; {@code deleted} when it is gone
 */
public record ConnectorChanged(Connector connector, boolean deleted) {
}
