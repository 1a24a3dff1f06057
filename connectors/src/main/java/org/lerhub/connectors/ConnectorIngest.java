package org.lerhub.connectors;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.store.DocumentStatus;
import org.springframework.stereotype.Component;

/**
 * What every route does with what it received: hand the bytes and their source to the pipeline, with the one
 * error policy. Content errors never throw (the pipeline turns them into dead letters); only transient faults
 * (the database away, a disk full) do, and those are retried with backoff, then left for the next poll.
 */
@Component
public class ConnectorIngest {

    /** Header a file route's {@code move} option reads: {@code .done} or {@code .failed}. */
    public static final String OUTCOME_FOLDER = "LerOutcomeFolder";
    /** Header a route template sets to the id of the connector it runs for. */
    public static final String CONNECTOR_ID = "LerConnectorId";
    /** Header a route sets to the detached signature that came with the file (its {@code .sig} beside it). */
    public static final String DETACHED_SIGNATURE = "LerDetachedSignature";

    private final Connectors connectors;
    private final IngestPipeline pipeline;

    public ConnectorIngest(Connectors connectors, IngestPipeline pipeline) {
        this.connectors = connectors;
        this.pipeline = pipeline;
    }

    public DefaultErrorHandlerDefinition transientFaults(DefaultErrorHandlerDefinition handler) {
        return handler.maximumRedeliveries(3).redeliveryDelay(500).useExponentialBackOff()
                .retryAttemptedLogLevel(LoggingLevel.WARN);
    }

    /**
     * Files carry no content type; a connector's CSV mapping profile travels as the media type parameter the
     * HR CSV mapper reads ({@code text/csv; profile=NAME}).
     */
    static String mediaTypeOf(Connector connector) {
        Object profile = connector.settings().get("csvProfile");
        return profile == null ? null : "text/csv; profile=" + profile;
    }

    public void fileArrived(Exchange exchange) {
        String connectorId = exchange.getMessage().getHeader(CONNECTOR_ID, String.class);
        Connector connector = connectors.find(connectorId).orElseThrow(() ->
                new IllegalStateException("connector " + connectorId + " was deleted while its route ran"));
        byte[] content = exchange.getMessage().getBody(byte[].class);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(content, connector.agencyId(), connector.id(),
                connector.format(), mediaTypeOf(connector), name,
                exchange.getMessage().getHeader(DETACHED_SIGNATURE, byte[].class)));
        exchange.getMessage().setHeader(OUTCOME_FOLDER,
                outcome.status() == DocumentStatus.DEAD_LETTER ? ".failed" : ".done");
    }
}
