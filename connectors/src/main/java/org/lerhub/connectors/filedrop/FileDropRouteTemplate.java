package org.lerhub.connectors.filedrop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileConstants;
import org.apache.camel.component.file.GenericFileFilter;
import org.lerhub.connectors.ConnectorIngest;
import org.lerhub.connectors.ConnectorRouteTemplate;
import org.lerhub.engine.LerProperties;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.verification.DetachedSignature;
import org.lerhub.engine.verification.SenderKey;
import org.springframework.stereotype.Component;

/**
 * The route template of file-drop connectors: files in {@code <data-dir>/inbox/<connector-id>/} are ingested,
 * then moved to {@code .done/} (stored) or {@code .failed/} (a dead letter, whose reason and original are in the
 * dead-letter store). A file is moved only after the pipeline has committed, so a crash in between leaves it in
 * place; on restart it is read again and recognized by its content hash: neither lost nor duplicated.
 *
 * <p>A file's detached signature is the file {@code <name>.sig} beside it (never ingested itself); it goes in
 * with the file and then moves with it. For a connector with a sender key a file waits for its signature up to
 * {@code signatureWaitMillis} (60 s), see {@link SignedFileFilter}.
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
        Object wait = connector.settings().containsKey(SenderKey.SETTING)
                ? connector.settings().getOrDefault("signatureWaitMillis", 60_000) : 0;
        return Map.of("connectorId", connector.id(), "folder", inbox.resolve(connector.id()).toString(),
                "signatureWait", wait.toString());
    }

    @Override
    public void configure() {
        // files still being written must be named *.part or *.tmp, or they are read once unchanged for a moment
        routeTemplate(TEMPLATE)
                .templateParameter("connectorId")
                .templateParameter("folder")
                .templateParameter("signatureWait")
                .templateBean("signedFiles", GenericFileFilter.class, template -> new SignedFileFilter(
                        Duration.ofMillis(template.getProperty("signatureWait", Long.class)), Clock.systemUTC()))
                .from("file:{{folder}}?autoCreate=true&readLock=changed&readLockCheckInterval=250&readLockMinAge=250"
                        + "&exclude=RAW(.*\\.(part|tmp|sig)$)&filter=#{{signedFiles}}"
                        + "&move=${header." + ConnectorIngest.OUTCOME_FOLDER + "}/${file:name}"
                        + "&moveFailed=.failed/${file:name}&delay=500")
                .errorHandler(ingest.transientFaults(defaultErrorHandler()))
                .setHeader(ConnectorIngest.CONNECTOR_ID, constant("{{connectorId}}"))
                .process(FileDropRouteTemplate::readSignature)
                .process(ingest::fileArrived)
                .process(FileDropRouteTemplate::moveSignature);
    }

    /** The signature beside the file, for the pipeline to check and keep. */
    private static void readSignature(Exchange exchange) throws IOException {
        Path signature = signatureOf(exchange);
        if (Files.exists(signature)) {
            exchange.getMessage().setHeader(ConnectorIngest.DETACHED_SIGNATURE,
                    DetachedSignature.fromFile(Files.readAllBytes(signature)));
        }
    }

    /** The signature goes where its file goes ({@code .done/} or {@code .failed/}); the store has kept it too. */
    private static void moveSignature(Exchange exchange) throws IOException {
        Path signature = signatureOf(exchange);
        if (Files.exists(signature)) {
            Path folder = signature.resolveSibling(
                    exchange.getMessage().getHeader(ConnectorIngest.OUTCOME_FOLDER, String.class));
            Files.createDirectories(folder);
            Files.move(signature, folder.resolve(signature.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path signatureOf(Exchange exchange) {
        return SignedFileFilter.signatureOf(new File(exchange.getMessage().getHeader(FileConstants.FILE_ABSOLUTE_PATH,
                String.class))).toPath();
    }
}
