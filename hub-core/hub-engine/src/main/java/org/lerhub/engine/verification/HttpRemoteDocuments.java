package org.lerhub.engine.verification;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Fetches documents for verification over the network, only when the operator allowed it
 * ({@code ler.verification.allow-network=true}): only URLs the policy accepts (https in production), with a
 * timeout and a size cap, and without following redirects (a redirect could lead past the policy); answers —
 * failures too — are cached for a while so that a batch of credentials from one issuer makes one request.
 */
final class HttpRemoteDocuments implements RemoteDocuments {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_CACHED = 10_000;

    private final Predicate<URI> allowed;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;
    private final HttpClient client;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Fetched fetched, Instant until) {
    }

    HttpRemoteDocuments(Predicate<URI> allowed, Duration timeout, Duration cacheFor, Clock clock) {
        this.allowed = allowed;
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
        Instant now = clock.instant();
        Cached cached = cache.get(document);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.fetched();
        }
        Fetched fetched = get(document);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(document, new Cached(fetched, now.plus(cacheFor)));
        return fetched;
    }

    private Fetched get(URI document) {
        HttpRequest request = HttpRequest.newBuilder(document).timeout(timeout)
                .header("Accept", "application/ld+json, application/did+json, application/json;q=0.9").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return new NotFetched(document + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    return new NotFetched(document + " is larger than " + MAX_BYTES + " bytes");
                }
                return new Found(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return new NotFetched(document + " could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NotFetched(document + " could not be fetched: interrupted");
        }
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }
}
