package org.lerhub.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A real Keycloak from its distribution ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by the build into
 * {@code target/keycloak}), in dev mode with an in-memory database, on a free port of 127.0.0.1, with the given
 * realm imported. Stopped with SIGTERM.
 */
final class KeycloakServer implements AutoCloseable {

    /** The first start builds the server's configuration: ~50 s on two idle cores, minutes on busy ones. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final int port;
    private final String adminPassword;

    private KeycloakServer(Process process, int port, String adminPassword) {
        this.process = process;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /** Starts Keycloak with {@code realm} to import and waits until the realm answers. */
    static KeycloakServer start(JsonNode realm) throws IOException, InterruptedException {
        String configured = System.getProperty("ler.test.keycloak.home");
        Path home = Path.of(configured == null ? "target/keycloak/none" : configured).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + home + "; the build unpacks it "
                    + "(maven-dependency-plugin, phase process-test-resources)");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.writeString(imports.resolve(realm.path("realm").asString() + "-realm.json"), realm.toString());
        int port = freePort();
        String adminPassword = UUID.randomUUID().toString();
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm", "--db=dev-mem"))
                .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        long started = System.nanoTime();
        KeycloakServer server = new KeycloakServer(builder.start(), port, adminPassword);
        server.awaitRealm(realm.path("realm").asString(), home.resolve("keycloak.log"));
        System.out.printf("Keycloak ready on 127.0.0.1:%d after %.1f s%n", port, (System.nanoTime() - started) / 1e9);
        return server;
    }

    private void awaitRealm(String realm, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(issuer(realm) + "/.well-known/openid-configuration")).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ": " + tail(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not serve realm " + realm + " within " + START_TIMEOUT + ": " + tail(log));
    }

    /** The issuer of a realm, as tokens state it: always 127.0.0.1, since dev mode takes the host from the request. */
    String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    String adminPassword() {
        return adminPassword;
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: kc.sh forwards it to the server, which shuts down cleanly
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
