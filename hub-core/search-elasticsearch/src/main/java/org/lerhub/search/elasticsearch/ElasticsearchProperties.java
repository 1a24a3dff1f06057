package org.lerhub.search.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ler.search.elasticsearch.*} settings, read when {@code ler.search.backend=elasticsearch}.
 *
 * @param uris     the cluster's HTTP addresses
 * @param username basic-auth user, if the cluster asks for one
 * @param password basic-auth password
 * @param apiKey   an encoded API key, sent instead of basic auth when set
 * @param index    the alias searches read and writes go through; the hub owns the template {@code <index>-v1}
 *                 and the concrete indices {@code <index>-v1-<timestamp>} behind it
 * @param shards   primary shards of a new index
 * @param replicas replicas of a new index
 * @param bulk     how writes are batched and retried
 */
@ConfigurationProperties("ler.search.elasticsearch")
public record ElasticsearchProperties(@DefaultValue("http://localhost:9200") List<URI> uris, String username,
                                      String password, String apiKey, @DefaultValue("ler-records") String index,
                                      @DefaultValue("1") int shards, @DefaultValue("1") int replicas,
                                      @DefaultValue Bulk bulk) {

    /**
     * @param batchSize          entries per bulk request
     * @param concurrentRequests bulk requests in flight at once; further writers wait (back-pressure)
     * @param maxRetries         retries of a rejected (429) or failed (5xx, connection) request before giving up
     * @param initialBackoff     wait before the first retry, doubled for each next one
     */
    public record Bulk(@DefaultValue("500") int batchSize, @DefaultValue("2") int concurrentRequests,
                       @DefaultValue("6") int maxRetries, @DefaultValue("100ms") Duration initialBackoff) {
    }
}
