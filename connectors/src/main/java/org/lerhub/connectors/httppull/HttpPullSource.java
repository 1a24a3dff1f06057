package org.lerhub.connectors.httppull;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorCursors;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestPipeline;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polls a REST source (a college SIS, an HR system): pages through its list, hands each item's bytes to the
 * pipeline, and moves the since-cursor only after every item of the poll went in, so a poll that fails half-way
 * is simply repeated (items already received are recognized by their content hash).
 *
 * <p>Settings: {@code url}; {@code itemsPointer} (JSON pointer to the list in a page, default {@code /items});
 * {@code nextPointer} (pointer to the next page's URL, default {@code /next}); {@code cursorParam} and
 * {@code cursorPointer} (query parameter sending the cursor, and pointer to each item's cursor value, e.g.
 * {@code updatedAt}); {@code apiKeyHeader} (default {@code X-API-Key}); {@code tokenUrl} for OAuth2 client
 * credentials; {@code timeoutMillis}. Credentials: {@code apiKey}, or {@code clientId} and {@code clientSecret}.
 */
@Component
public class HttpPullSource {

    private static final int MAX_PAGES = 10_000;

    private final Connectors connectors;
    private final ConnectorCursors cursors;
    private final IngestPipeline pipeline;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    public HttpPullSource(Connectors connectors, ConnectorCursors cursors, IngestPipeline pipeline, JsonMapper json,
                          Clock clock) {
        this.connectors = connectors;
        this.cursors = cursors;
        this.pipeline = pipeline;
        this.json = json;
        this.clock = clock;
    }

    /** One poll; an exception means a transient fault the route retries, and nothing of it moved the cursor. */
    public void poll(String connectorId) throws IOException, InterruptedException {
        Connector connector = connectors.find(connectorId).orElseThrow(() ->
                new IllegalStateException("connector " + connectorId + " was deleted while its route ran"));
        Map<String, Object> settings = connector.settings();
        Map<String, String> credentials = connectors.credentials(connectorId);
        String authorization = authorization(settings, credentials);
        String cursorParam = text(settings, "cursorParam", null);
        String cursorPointer = text(settings, "cursorPointer", null);
        String cursor = cursors.get(connectorId).orElse(null);
        URI page = URI.create(text(settings, "url", null) + (cursorParam != null && cursor != null
                ? (text(settings, "url", "").contains("?") ? "&" : "?") + cursorParam + "="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8) : ""));
        String newest = cursor;
        for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
            JsonNode body = get(page, settings, credentials, authorization);
            for (JsonNode item : body.at(text(settings, "itemsPointer", "/items"))) {
                pipeline.ingest(new InboundDocument(json.writeValueAsBytes(item), connector.agencyId(), connector.id(),
                        connector.format(), "application/json", null));
                String value = cursorPointer == null ? null : item.at(pointer(cursorPointer)).asString(null);
                if (value != null && (newest == null || value.compareTo(newest) > 0)) {
                    newest = value;
                }
            }
            String next = body.at(text(settings, "nextPointer", "/next")).asString(null);
            page = next == null || next.isBlank() ? null : page.resolve(next);
        }
        if (newest != null && !newest.equals(cursor)) {
            cursors.set(connectorId, newest, clock.instant());
        }
    }

    private JsonNode get(URI uri, Map<String, Object> settings, Map<String, String> credentials, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/json")
                .timeout(Duration.ofMillis(Long.parseLong(text(settings, "timeoutMillis", "10000"))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        } else if (credentials.containsKey("apiKey")) {
            request.header(text(settings, "apiKeyHeader", "X-API-Key"), credentials.get("apiKey"));
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("the source answered " + response.statusCode() + " for " + uri);
        }
        return json.readTree(response.body());
    }

    /** OAuth2 client credentials when a token URL is set: a fresh token per poll keeps it simple and safe. */
    private String authorization(Map<String, Object> settings, Map<String, String> credentials)
            throws IOException, InterruptedException {
        String tokenUrl = text(settings, "tokenUrl", null);
        if (tokenUrl == null) {
            return null;
        }
        String basic = Base64.getEncoder().encodeToString((credentials.getOrDefault("clientId", "") + ":"
                + credentials.getOrDefault("clientSecret", "")).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("the token endpoint answered " + response.statusCode());
        }
        return "Bearer " + json.readTree(response.body()).path("access_token").asString();
    }

    private static String pointer(String field) {
        return field.startsWith("/") ? field : "/" + field;
    }

    private static String text(Map<String, Object> settings, String name, String fallback) {
        Object value = settings.get(name);
        return value == null ? fallback : value.toString();
    }
}
