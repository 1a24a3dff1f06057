package org.lerhub.connectors.filedrop;

import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.lerhub.connectors.ConnectorIngest;
import org.lerhub.connectors.ConnectorRouteTemplate;
import org.lerhub.engine.LerProperties;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;
import org.springframework.stereotype.Component;

/**
 * The route template of file-drop connectors: files in {@code <data-dir>/inbox/<connector-id>/} are ingested,
 * then moved to {@code .done/} (stored) or {@code .failed/} (a dead letter, whose reason and original are in the
 * dead-letter store). A file is moved only after the pipeline has committed, so a crash in between leaves it in
 * place; on restart it is read again and recognized by its content hash: neither lost nor duplicated.
 */
@Component
public class FileDropRouteTemplate extends RouteBuilder implements ConnectorRouteTemplate {

    public static final String TEMPLATE = "file-drop";

    private final ConnectorIngest ingest;
    private final Path inbox;

    public FileDropRouteTemplate(ConnectorIngest ingest, LerProperties properties) {
        this.ingest = ingest;
        this.inbox = properties.inboxDir().toAbsolutePath();
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.FILE_DROP;
    }

    @Override
    public String templateId() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> parameters(Connector connector, Map<String, String> credentials) {
        return Map.of("connectorId", connector.id(), "folder", inbox.resolve(connector.id()).toString());
    }

    @Override
    public void configure() {
        // files still being written must be named *.part or *.tmp, or they are read once unchanged for a moment
        routeTemplate(TEMPLATE)
                .templateParameter("connectorId")
                .templateParameter("folder")
                .from("file:{{folder}}?autoCreate=true&readLock=changed&readLockCheckInterval=250&readLockMinAge=250"
                        + "&exclude=RAW(.*\\.(part|tmp)$)&move=${header." + ConnectorIngest.OUTCOME_FOLDER + "}/${file:name}"
                        + "&moveFailed=.failed/${file:name}&delay=500")
                .errorHandler(ingest.transientFaults(defaultErrorHandler()))
                .setHeader(ConnectorIngest.CONNECTOR_ID, constant("{{connectorId}}"))
                .process(ingest::fileArrived);
    }
}
