package org.lerhub.engine;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ler.*} settings of the engine.
 *
 * @param dataDir where the embedded database, the index and the inboxes live
 */
@ConfigurationProperties("ler")
public record LerProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Ingest ingest,
                            @DefaultValue Search search) {

    /**
     * @param maxDocumentSize larger bodies are refused before anything is stored (the sender keeps them);
     *                        mappers apply their own, smaller parse limits and dead-letter what exceeds them
     */
    public record Ingest(@DefaultValue("64MB") DataSize maxDocumentSize) {
    }

    /**
     * @param refreshInterval how often new index entries become visible to searches
     * @param commitInterval  how often the index is made durable; the store is the source of truth
     */
    public record Search(@DefaultValue("200ms") Duration refreshInterval, @DefaultValue("5s") Duration commitInterval) {
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path inboxDir() {
        return dataDir.resolve("inbox");
    }
}
