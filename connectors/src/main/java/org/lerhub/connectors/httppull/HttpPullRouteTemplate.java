package org.lerhub.connectors.httppull;

import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.lerhub.connectors.ConnectorIngest;
import org.lerhub.connectors.ConnectorRouteTemplate;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;
import org.springframework.stereotype.Component;

/** The route template of HTTP-pull connectors: a timer that lets {@link HttpPullSource} poll the REST source. */
@Component
public class HttpPullRouteTemplate extends RouteBuilder implements ConnectorRouteTemplate {

    public static final String TEMPLATE = "http-pull";

    private final HttpPullSource source;
    private final ConnectorIngest ingest;

    public HttpPullRouteTemplate(HttpPullSource source, ConnectorIngest ingest) {
        this.source = source;
        this.ingest = ingest;
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.HTTP_PULL;
    }

    @Override
    public String templateId() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> parameters(Connector connector, Map<String, String> credentials) {
        if (connector.settings().get("url") == null) {
            throw new IllegalArgumentException("the http-pull connector " + connector.id() + " needs the setting 'url'");
        }
        return Map.of("connectorId", connector.id(),
                "delay", connector.settings().getOrDefault("delayMillis", 60_000).toString());
    }

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter("connectorId").templateParameter("delay")
                .from("timer:http-pull-{{connectorId}}?period={{delay}}&delay={{delay}}&fixedRate=false")
                .errorHandler(ingest.transientFaults(defaultErrorHandler()))
                .setHeader(ConnectorIngest.CONNECTOR_ID, constant("{{connectorId}}"))
                .process(exchange -> source.poll(exchange.getMessage().getHeader(ConnectorIngest.CONNECTOR_ID, String.class)));
    }
}
