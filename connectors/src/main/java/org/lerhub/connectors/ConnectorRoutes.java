package org.lerhub.connectors;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorChanged;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.Connectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps one running route per enabled polling connector: started at boot, and started, replaced or stopped
 * when a connector is created, changed, disabled or deleted, without restarting the hub. Webhook and upload
 * connectors need no route: their documents arrive through the API.
 */
@Component
public class ConnectorRoutes {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRoutes.class);

    private final CamelContext camel;
    private final Connectors connectors;
    private final Map<ConnectorKind, ConnectorRouteTemplate> templates;

    public ConnectorRoutes(CamelContext camel, Connectors connectors, List<ConnectorRouteTemplate> templates) {
        this.camel = camel;
        this.connectors = connectors;
        this.templates = templates.stream().collect(Collectors.toMap(ConnectorRouteTemplate::kind, t -> t));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startAll() {
        connectors.all().forEach(this::apply);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void changed(ConnectorChanged change) {
        if (change.deleted()) {
            stop(change.connector().id());
        } else {
            apply(change.connector());
        }
    }

    public static String routeId(String connectorId) {
        return "connector-" + connectorId;
    }

    /** Replaces the connector's route with one for its current definition, or none when it is disabled. */
    private synchronized void apply(Connector connector) {
        stop(connector.id());
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
