package org.lerhub.connectors;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.lerhub.engine.cluster.ClusterLeadership;
import org.lerhub.engine.cluster.ClusterProperties;
import org.lerhub.engine.cluster.LeadershipChanged;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorChanged;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.Connectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps one running route per enabled polling connector on the leading replica only: started when this replica
 * becomes the leader (at boot for a hub alone), stopped when it stops leading, and started, replaced or stopped when a
 * connector is created, changed, disabled or deleted, without restarting the hub. A change made through another
 * replica reaches the leader within {@code ler.cluster.renew-interval}, when it compares the running routes with the
 * definitions in the database. Webhook and upload connectors need no route: every replica serves them.
 */
@Component
public class ConnectorRoutes implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRoutes.class);

    private final CamelContext camel;
    private final Connectors connectors;
    private final Map<ConnectorKind, ConnectorRouteTemplate> templates;
    private final ClusterLeadership leadership;
    private final ClusterProperties cluster;
    /** connector id → the definition version its route (or its lack of one) was made from */
    private final Map<String, Integer> applied = new HashMap<>();

    public ConnectorRoutes(CamelContext camel, Connectors connectors, List<ConnectorRouteTemplate> templates,
                           ClusterLeadership leadership, ClusterProperties cluster) {
        this.camel = camel;
        this.connectors = connectors;
        this.templates = templates.stream().collect(Collectors.toMap(ConnectorRouteTemplate::kind, t -> t));
        this.leadership = leadership;
        this.cluster = cluster;
    }

    @EventListener
    public void leadershipChanged(LeadershipChanged change) {
        if (change.leader()) {
            followDefinitions();
        } else {
            stopAll();
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration every = cluster.renewInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(this::followDefinitions, every, every));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public synchronized void changed(ConnectorChanged change) {
        // checked under the lock, so a route never starts after leadership was lost and the routes stopped
        if (!leadership.isLeader()) {
            return;
        }
        if (change.deleted()) {
            stop(change.connector().id());
        } else {
            apply(change.connector());
        }
    }

    public static String routeId(String connectorId) {
        return "connector-" + connectorId;
    }

    /** Starts, replaces and stops routes until they match the connector definitions in the database. */
    private synchronized void followDefinitions() {
        if (!leadership.isLeader()) {
            return;
        }
        Map<String, Connector> current = connectors.all().stream()
                .collect(Collectors.toMap(Connector::id, Function.identity()));
        List.copyOf(applied.keySet()).stream().filter(id -> !current.containsKey(id)).forEach(this::stop);
        for (Connector connector : current.values()) {
            if (!Objects.equals(applied.get(connector.id()), connector.version())) {
                try {
                    apply(connector);
                } catch (RuntimeException e) {
                    log.warn("connector {}: {}", connector.id(), e.getMessage(), e);
                }
            }
        }
    }

    private synchronized void stopAll() {
        List.copyOf(applied.keySet()).forEach(this::stop);
    }

    /** Replaces the connector's route with one for its current definition, or none when it is disabled. */
    private synchronized void apply(Connector connector) {
        stop(connector.id());
        // remembered before starting: a definition that cannot start is retried when it changes, not every interval
        applied.put(connector.id(), connector.version());
        ConnectorRouteTemplate template = templates.get(connector.kind());
        if (!connector.enabled() || template == null) {
            return;
        }
        try {
            TemplatedRouteBuilder route = TemplatedRouteBuilder.builder(camel, template.templateId())
                    .routeId(routeId(connector.id()));
            template.parameters(connector, connectors.credentials(connector.id())).forEach(route::parameter);
            route.add();
            log.info("connector {} ({}) of agency {} started", connector.id(), connector.kind().id(), connector.agencyId());
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the route of connector " + connector.id(), e);
        }
    }

    private synchronized void stop(String connectorId) {
        applied.remove(connectorId);
        String routeId = routeId(connectorId);
        try {
            if (camel.getRoute(routeId) != null) {
                camel.getRouteController().stopRoute(routeId);
                camel.removeRoute(routeId);
                log.info("connector {} stopped", connectorId);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the route of connector " + connectorId, e);
        }
    }
}
