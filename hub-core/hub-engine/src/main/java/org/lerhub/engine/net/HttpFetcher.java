package org.lerhub.engine.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's one way of fetching a small document over HTTP(S) for its own lookups (verification keys and status
 * lists, linked badge parts): a timeout, no redirects (a redirect could lead past the caller's policy on what may
 * be fetched), a size cap, and a cache of every answer, failures too, for a while, so that a batch of credentials
 * from one issuer makes one request. What may be fetched at all is the caller's policy, decided before asking.
 */
public final class HttpFetcher {

    private static final int MAX_CACHED = 10_000;

    /** What a fetch gave: the body of a 200 answer, or why there is none, said for a person. */
    public record Answer(byte[] body, String failure) {

        static Answer found(byte[] body) {
            return new Answer(body, null);
        }

        static Answer failed(String reason) {
            return new Answer(null, reason);
        }

        public boolean found() {
            return body != null;
        }
    }

    private record Cached(Answer answer, Instant until) {
    }

    private final Duration timeout;
    private final long maxBytes;
    private final Duration cacheFor;
    private final Clock clock;
    private final String accept;
    private final HttpClient client;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    /** @param accept the {@code Accept} header of every request */
    public HttpFetcher(Duration timeout, long maxBytes, Duration cacheFor, Clock clock, String accept) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.cacheFor = cacheFor;
        this.clock = clock;
        this.accept = accept;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Answer get(URI uri) {
        return get(uri, uri);
    }

    /** Fetches {@code target}, cached under {@code uri} (the address the document is known by, e.g. a mirrored one). */
    public Answer get(URI uri, URI target) {
        Instant now = clock.instant();
        Cached cached = cache.get(uri);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.answer();
        }
        Answer answer = request(uri, target);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(uri, new Cached(answer, now.plus(cacheFor)));
        return answer;
    }

    private Answer request(URI uri, URI target) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).header("Accept", accept).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return Answer.failed(uri + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    return Answer.failed(uri + " is larger than " + maxBytes + " bytes");
                }
                return Answer.found(bytes);
            }
        } catch (IOException e) {
            return Answer.failed(uri + " could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(uri + " could not be fetched: interrupted");
        }
    }
}
