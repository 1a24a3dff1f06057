package org.lerhub.engine.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lerhub.mapping.LinkedResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches linked documents over HTTP(S) from the hosts the operator allowed (or their mirrors), with a timeout,
 * a size limit and a cache; anything else is refused without a request.
 */
public class HttpLinkedResources implements LinkedResources {

    private static final Logger log = LoggerFactory.getLogger(HttpLinkedResources.class);

    private final LinkedResourcesProperties properties;
    private final HttpClient http;
    private final Clock clock;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    public HttpLinkedResources(LinkedResourcesProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private record Cached(byte[] content, Instant until) {
    }

    @Override
    public Optional<byte[]> fetch(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || properties.allowedHosts().stream().noneMatch(host::equalsIgnoreCase)) {
            return Optional.empty();
        }
        Cached cached = cache.get(uri);
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return Optional.of(cached.content());
        }
        URI target = mirrored(uri, host);
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(target).timeout(properties.timeout())
                    .header("Accept", "application/ld+json, application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    log.info("linked resource {} answered {}", uri, response.statusCode());
                    return Optional.empty();
                }
                long limit = properties.maxSize().toBytes();
                byte[] content = body.readNBytes((int) limit + 1);
                if (content.length > limit) {
                    log.info("linked resource {} is larger than {} bytes; not used", uri, limit);
                    return Optional.empty();
                }
                cache.put(uri, new Cached(content, clock.instant().plus(properties.cacheFor())));
                return Optional.of(content);
            }
        } catch (IOException e) {
            log.info("linked resource {} could not be fetched: {}", uri, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private URI mirrored(URI uri, String host) {
        String mirror = properties.mirrors().get(host);
        if (mirror == null) {
            return uri;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(mirror.replaceAll("/$", "") + path + query);
    }
}
