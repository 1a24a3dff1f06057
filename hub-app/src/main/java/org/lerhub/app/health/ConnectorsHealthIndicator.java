package org.lerhub.app.health;

import java.util.List;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorHealth;
import org.lerhub.engine.connector.Connectors;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Connector health, the {@code connectors} component of {@code /actuator/health} and the whole of the
 * {@code sources} group ({@code /actuator/health/sources}): {@code FAILING} (HTTP 503 there) when an enabled
 * connector keeps failing. The root health status ignores it on purpose: one agency's broken source must not
 * mark the whole hub down for load balancers and Kubernetes probes.
 */
@Component
class ConnectorsHealthIndicator implements HealthIndicator {

    static final Status FAILING = new Status("FAILING", "a connector's last documents all became dead letters");

    private final Connectors connectors;
    private final ConnectorHealth health;

    ConnectorsHealthIndicator(Connectors connectors, ConnectorHealth health) {
        this.connectors = connectors;
        this.health = health;
    }

    @Override
    public Health health() {
        List<String> failing = connectors.all().stream().filter(Connector::enabled).map(Connector::id)
                .filter(health::failing).toList();
        return (failing.isEmpty() ? Health.up() : Health.status(FAILING)).withDetail("failing", failing).build();
    }
}
