package org.lerhub.connectors.filedrop;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.lerhub.engine.LerProperties;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.store.DocumentStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * One route per file-drop connector: files in {@code <data-dir>/inbox/<connector-id>/} are ingested, then
 * moved to {@code .done/} (stored) or {@code .failed/} (a dead letter, whose reason is in the dead-letter
 * store). A file is moved only after the pipeline has committed, so a crash in between leaves it in place;
 * on restart it is read again and recognized by its content hash, so it is neither lost nor duplicated.
 */
@Component
@EnableConfigurationProperties(FileDropProperties.class)
public class FileDropRoutes extends RouteBuilder {

    static final String OUTCOME_FOLDER = "LerOutcomeFolder";

    private final FileDropProperties connectors;
    private final Path inbox;
    private final IngestPipeline pipeline;

    public FileDropRoutes(FileDropProperties connectors, LerProperties properties, IngestPipeline pipeline) {
        this.connectors = connectors;
        this.inbox = properties.inboxDir().toAbsolutePath();
        this.pipeline = pipeline;
    }

    @Override
    public void configure() {
        for (FileDropProperties.FileDrop connector : connectors.fileDrop()) {
            String folder = inbox.resolve(connector.id()).toString();
            // files still being written must be named *.part or *.tmp, or they are read once unchanged for a moment
            fromF("file:%s?autoCreate=true&readLock=changed&readLockCheckInterval=250&readLockMinAge=250"
                            + "&exclude=RAW(.*\\.(part|tmp)$)&move=${header.%s}/${file:name}&moveFailed=.failed/${file:name}"
                            + "&delay=500",
                    folder, OUTCOME_FOLDER)
                    .routeId("file-drop-" + connector.id())
                    .process(exchange -> ingest(exchange, connector));
        }
    }

    private void ingest(Exchange exchange, FileDropProperties.FileDrop connector) {
        byte[] content = exchange.getMessage().getBody(byte[].class);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(content, connector.agency(), connector.id(),
                connector.format(), null, name));
        exchange.getMessage().setHeader(OUTCOME_FOLDER,
                outcome.status() == DocumentStatus.DEAD_LETTER ? ".failed" : ".done");
    }
}
