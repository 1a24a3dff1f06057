package org.lerhub.connectors;

import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.lerhub.connectors.filedrop.FileDropRouteTemplate;
import org.lerhub.engine.LerProperties;
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
    private final Path inbox;

    public ConnectorRoutes(CamelContext camel, Connectors connectors, LerProperties properties) {
        this.camel = camel;
        this.connectors = connectors;
        this.inbox = properties.inboxDir().toAbsolutePath();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startAll() {
        connectors.all().forEach(this::apply);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void changed(ConnectorChanged change) {
        stop(change.connector().id());
        if (!change.deleted()) {
            apply(change.connector());
        }
    }

    public static String routeId(String connectorId) {
        return "connector-" + connectorId;
    }

    /** The folder a file-drop connector reads. */
    public Path folderOf(String connectorId) {
        return inbox.resolve(connectorId);
    }

    private synchronized void apply(Connector connector) {
        if (!connector.enabled() || connector.kind() != ConnectorKind.FILE_DROP) {
            return;
        }
        stop(connector.id());
        try {
            TemplatedRouteBuilder.builder(camel, FileDropRouteTemplate.TEMPLATE).routeId(routeId(connector.id()))
                    .parameter("connectorId", connector.id())
                    .parameter("folder", folderOf(connector.id()).toString())
                    .add();
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
