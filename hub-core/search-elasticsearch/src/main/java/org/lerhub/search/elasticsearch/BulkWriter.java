package org.lerhub.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends index and delete operations in bounded bulk requests, at most a few at a time (a writer beyond that
 * waits: back-pressure instead of an unbounded queue), and retries what the cluster rejected for load (429) or
 * failed to do (5xx, lost connection) with exponential backoff. Other item failures are errors of ours and
 * are thrown. A {@code create} that finds the document already there (409) is not a failure: during a
 * rebuild, a live write got there first and is newer.
 */
final class BulkWriter {

    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

    private final ElasticsearchClient client;
    private final ElasticsearchProperties.Bulk settings;
    private final Semaphore inFlight;

    BulkWriter(ElasticsearchClient client, ElasticsearchProperties.Bulk settings) {
        this.client = client;
        this.settings = settings;
        this.inFlight = new Semaphore(settings.concurrentRequests(), true);
    }

    void write(List<BulkOperation> operations) {
        for (int from = 0; from < operations.size(); from += settings.batchSize()) {
            List<BulkOperation> batch = operations.subList(from, Math.min(operations.size(), from + settings.batchSize()));
            inFlight.acquireUninterruptibly();
            try {
                send(batch);
            } finally {
                inFlight.release();
            }
        }
    }

    private void send(List<BulkOperation> batch) {
        List<BulkOperation> pending = batch;
        for (int attempt = 0; ; attempt++) {
            String failure;
            try {
                List<BulkOperation> sent = pending;
                BulkResponse response = client.bulk(b -> b.operations(sent));
                pending = response.errors() ? retryable(sent, response.items()) : List.of();
                if (pending.isEmpty()) {
                    return;
                }
                failure = pending.size() + " operations rejected";
            } catch (ElasticsearchException e) {
                if (!retryable(e.status())) {
                    throw e;
                }
                failure = e.getMessage();
            } catch (TransportException e) {
                if (!retryable(e.statusCode())) {
                    throw new IllegalStateException("Elasticsearch refused a bulk request: " + e.getMessage(), e);
                }
                failure = e.getMessage();
            } catch (IOException e) {
                failure = e.toString();
            }
            if (attempt >= settings.maxRetries()) {
                throw new IllegalStateException("Elasticsearch bulk write failed after " + (attempt + 1)
                        + " attempts: " + failure);
            }
            long wait = settings.initialBackoff().toMillis() << attempt;
            log.warn("Elasticsearch bulk write: {}; retrying in {} ms", failure, wait);
            sleep(wait);
        }
    }

    /** The operations to send again; throws for a failure that no retry mends. */
    private static List<BulkOperation> retryable(List<BulkOperation> sent, List<BulkResponseItem> items) {
        List<BulkOperation> again = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null || (sent.get(i).isCreate() && item.status() == 409)) {
                continue;
            }
            if (!retryable(item.status())) {
                throw new IllegalStateException("Elasticsearch refused " + item.operationType().jsonValue() + " of "
                        + item.id() + ": " + item.error().type() + " " + item.error().reason());
            }
            again.add(sent.get(i));
        }
        return again;
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an Elasticsearch write", e);
        }
    }
}
