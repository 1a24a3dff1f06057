package org.lerhub.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running hub over real HTTP, as an integrator would. */
public final class HubClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Function<String, String> authorization;

    /** A client signing in as the demo accounts do, with HTTP Basic and password {@code demo}. */
    public HubClient(int port) {
        this(port, user -> "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** @param authorization the {@code Authorization} header value for a user name, e.g. a bearer token */
    public HubClient(int port, Function<String, String> authorization) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    /** A response with its body as bytes, and as JSON when it is JSON. */
    public record Response(int status, String contentType, byte[] body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    public Response delete(String user, String path) {
        return send(request(user, path).DELETE().build());
    }

    /** A POST; {@code headers} are extra name, value pairs. */
    public Response post(String user, String path, String contentType, byte[] body, String... headers) {
        return send("POST", user, path, contentType, body, headers);
    }

    public Response put(String user, String path, String contentType, byte[] body) {
        return send("PUT", user, path, contentType, body);
    }

    /** Any request; {@code headers} are extra name, value pairs. */
    public Response send(String method, String user, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(user, path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            builder.header("Authorization", authorization.apply(user));
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
