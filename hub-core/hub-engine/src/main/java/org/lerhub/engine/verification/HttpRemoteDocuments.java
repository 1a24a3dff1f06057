package org.lerhub.engine.verification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.lerhub.engine.net.HttpFetcher;

/**
 * Fetches documents for verification over the network, only when the operator allowed it
 * ({@code ler.verification.allow-network=true}): only URLs the policy accepts (https in production), through the
 * hub's {@link HttpFetcher} (timeout, size cap, no redirects, answers cached for a while).
 */
final class HttpRemoteDocuments implements RemoteDocuments {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Predicate<URI> allowed;
    private final HttpFetcher fetcher;

    HttpRemoteDocuments(Predicate<URI> allowed, Duration timeout, Duration cacheFor, Clock clock) {
        this.allowed = allowed;
        this.fetcher = new HttpFetcher(timeout, MAX_BYTES, cacheFor, clock,
                "application/ld+json, application/did+json, application/json;q=0.9");
    }

    static boolean httpsOnly(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    }

    @Override
    public Fetched fetch(URI uri) {
        URI document = withoutFragment(uri);
        if (!allowed.test(document)) {
            return new NotFetched("only https documents are fetched, not " + document);
        }
        HttpFetcher.Answer answer = fetcher.get(document);
        return answer.found() ? new Found(new String(answer.body(), StandardCharsets.UTF_8))
                : new NotFetched(answer.failure());
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }
}
