package org.lerhub.engine.links;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.lerhub.engine.net.HttpFetcher;
import org.lerhub.mapping.LinkedResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches linked documents over HTTP(S) from the hosts the operator allowed (or their mirrors), through the hub's
 * {@link HttpFetcher} (timeout, size cap, no redirects, cache); anything else is refused without a request.
 */
public class HttpLinkedResources implements LinkedResources {

    private static final Logger log = LoggerFactory.getLogger(HttpLinkedResources.class);

    private final LinkedResourcesProperties properties;
    private final HttpFetcher fetcher;

    public HttpLinkedResources(LinkedResourcesProperties properties, Clock clock) {
        this.properties = properties;
        this.fetcher = new HttpFetcher(properties.timeout(), properties.maxSize().toBytes(), properties.cacheFor(),
                clock, "application/ld+json, application/json");
    }

    @Override
    public Optional<byte[]> fetch(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || properties.allowedHosts().stream().noneMatch(host::equalsIgnoreCase)) {
            return Optional.empty();
        }
        HttpFetcher.Answer answer = fetcher.get(uri, mirrored(uri, host));
        if (answer.found()) {
            return Optional.of(answer.body());
        }
        log.info("linked resource not used: {}", answer.failure());
        return Optional.empty();
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
