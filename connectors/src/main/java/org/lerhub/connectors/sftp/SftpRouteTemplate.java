package org.lerhub.connectors.sftp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.lerhub.connectors.ConnectorIngest;
import org.lerhub.connectors.ConnectorRouteTemplate;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;
import org.springframework.stereotype.Component;

/**
 * The route template of SFTP connectors (a college SIS dropping exports on its own server): files in the
 * remote directory are ingested, then moved to {@code .done/} or {@code .failed/} on the server, only after
 * the pipeline has committed. Settings: {@code host}, {@code port} (22), {@code directory}, {@code username},
 * {@code delayMillis} (60000), {@code unchangedForMillis} (5000: how long a file must stay unchanged before it is
 * read, checked one file after another), {@code strictHostKeyChecking} (yes) with {@code knownHostsFile};
 * credentials: {@code password}.
 */
@Component
public class SftpRouteTemplate extends RouteBuilder implements ConnectorRouteTemplate {

    public static final String TEMPLATE = "sftp";

    private final ConnectorIngest ingest;

    public SftpRouteTemplate(ConnectorIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.SFTP;
    }

    @Override
    public String templateId() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> parameters(Connector connector, Map<String, String> credentials) {
        Map<String, Object> settings = connector.settings();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("connectorId", connector.id());
        parameters.put("host", required(settings, "host", connector));
        parameters.put("port", settings.getOrDefault("port", 22).toString());
        parameters.put("directory", settings.getOrDefault("directory", "").toString());
        parameters.put("username", required(settings, "username", connector));
        parameters.put("password", credentials.getOrDefault("password", ""));
        parameters.put("delay", settings.getOrDefault("delayMillis", 60_000).toString());
        parameters.put("unchangedFor", settings.getOrDefault("unchangedForMillis", 5_000).toString());
        parameters.put("strictHostKeyChecking", settings.getOrDefault("strictHostKeyChecking", "yes").toString());
        parameters.put("knownHostsFile", settings.getOrDefault("knownHostsFile", "").toString());
        return parameters;
    }

    private static String required(Map<String, Object> settings, String name, Connector connector) {
        Object value = settings.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("the sftp connector " + connector.id() + " needs the setting '" + name + "'");
        }
        return value.toString();
    }

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter("connectorId").templateParameter("host").templateParameter("port")
                .templateParameter("directory").templateParameter("username").templateParameter("password")
                .templateParameter("delay").templateParameter("unchangedFor")
                .templateParameter("strictHostKeyChecking").templateParameter("knownHostsFile")
                .from("sftp://{{host}}:{{port}}/{{directory}}?username={{username}}&password=RAW({{password}})"
                        + "&strictHostKeyChecking={{strictHostKeyChecking}}&knownHostsFile={{knownHostsFile}}"
                        + "&useUserKnownHostsFile=false&delay={{delay}}&binary=true&readLock=changed"
                        + "&readLockCheckInterval={{unchangedFor}}"
                        + "&exclude=RAW(.*\\.(part|tmp)$)&move=${header." + ConnectorIngest.OUTCOME_FOLDER + "}/${file:name}"
                        + "&moveFailed=.failed/${file:name}&throwExceptionOnConnectFailed=true")
                .errorHandler(ingest.transientFaults(defaultErrorHandler()))
                .setHeader(ConnectorIngest.CONNECTOR_ID, constant("{{connectorId}}"))
                .process(ingest::fileArrived);
    }
}
