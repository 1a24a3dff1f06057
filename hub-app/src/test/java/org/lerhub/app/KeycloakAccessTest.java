package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Done-when of Keycloak: the hub with profile {@code keycloak} against a real Keycloak that imported the committed
 * realm ({@code keycloak/ler-hub-realm.json}). Each role's token gets exactly what API.md describes (the same access
 * matrix as with the demo accounts, once more with Acme's HR system signing in by client credentials); a token of
 * another realm, an expired one or one without the hub's audience is 401; HTTP Basic is refused; the admin UI
 * signs a person in on Keycloak's login page in a real browser (authorization code flow and PKCE) and signs them
 * out at Keycloak.
 */
@SpringBootTest(classes = LerHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"ler.demo.learners=0", "ler.demo.in-background=false", "ler.keycloak.clock-skew=0s"})
@ActiveProfiles({"keycloak", "demo-data"})
class KeycloakAccessTest {

    private static final String REALM = "ler-hub";
    private static final Path DATA = Path.of("target/hub-test", UUID.randomUUID().toString()).toAbsolutePath();
    private static int hubPort;
    private static KeycloakServer keycloak;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();

    @DynamicPropertySource
    static void keycloakFirst(DynamicPropertyRegistry registry) throws Exception {
        hubPort = KeycloakServer.freePort();
        keycloak = KeycloakServer.start(testRealm());
        registry.add("ler.keycloak.issuer-uri", () -> keycloak.issuer(REALM));
        registry.add("server.port", () -> hubPort);
        registry.add("ler.data-dir", DATA::toString);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /**
     * The committed realm plus what only tests need: direct access grants for the UI client (tokens without a
     * browser), this hub's redirect URIs, a client whose tokens live one second, and an employer without organization.
     */
    private static JsonNode testRealm() throws IOException {
        ObjectNode realm = (ObjectNode) HubClient.JSON.readTree(Files.readString(Path.of("../keycloak/ler-hub-realm.json")));
        ArrayNode clients = (ArrayNode) realm.path("clients");
        ObjectNode ui = null;
        for (JsonNode client : clients) {
            if (client.path("clientId").asString().equals("ler-hub-ui")) {
                ui = (ObjectNode) client;
            }
        }
        assertThat(ui).as("the realm's UI client").isNotNull();
        String hub = "http://127.0.0.1:" + hubPort;
        ui.put("directAccessGrantsEnabled", true);
        ((ArrayNode) ui.path("redirectUris")).add(hub + "/login/oauth2/code/keycloak");
        ((ObjectNode) ui.path("attributes")).put("post.logout.redirect.uris", hub + "/*");
        ObjectNode shortLived = ui.deepCopy();
        shortLived.put("clientId", "short-lived");
        ((ObjectNode) shortLived.path("attributes")).put("access.token.lifespan", "1");
        clients.add(shortLived);
        ObjectNode orgless = HubClient.JSON.createObjectNode();
        orgless.put("username", "orgless-hr").put("enabled", true).put("firstName", "No").put("lastName", "Organization");
        orgless.putArray("realmRoles").add("employer");
        orgless.putArray("credentials").addObject().put("type", "password").put("value", "demo").put("temporary", false);
        ((ArrayNode) realm.path("users")).add(orgless);
        ObjectNode erin = orgless.deepCopy();
        erin.put("username", "erin").put("email", "erin@example.org").put("emailVerified", true).put("firstName", "Erin")
                .put("lastName", "Learner");
        erin.putArray("realmRoles").add("learner");
        ((ArrayNode) realm.path("users")).add(erin);
        return realm;
    }

    @Test
    void eachRolesTokenGetsExactlyWhatApiMdDescribes() {
        for (String user : AccessMatrix.CALLERS) {
            if (user != null) {
                tokens.put(user, password("ler-hub-ui", user));
            }
        }
        tokens.put("acme-hr-system", clientCredentials("acme-hr-system", "acme-hr-system-demo-secret"));
        HubClient hub = new HubClient(hubPort, user -> "Bearer " + tokens.get(user));
        AccessMatrix matrix = AccessMatrix.create(hub);

        assertThat(matrix.run(AccessMatrix.CALLERS)).isEmpty();
        List<String> withHrSystem = new ArrayList<>(AccessMatrix.CALLERS);
        withHrSystem.set(AccessMatrix.CALLERS.indexOf("acme-hr"), "acme-hr-system");
        assertThat(matrix.run(withHrSystem)).as("Acme's HR system by client credentials, as acme-hr").isEmpty();
        matrix.ownersStillHaveWhatOthersTriedToTouch();
    }

    @Test
    void tokensOfAnotherRealmExpiredOrForAnotherAudienceAreRefused() throws Exception {
        assertRefused(password("ler-hub-ui", "alice"), null); // the control: the same user's good token works

        String otherRealm = token(keycloak.issuer("master"), Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", keycloak.adminPassword()));
        assertRefused(otherRealm, "invalid_token");
        String noAudience = token(keycloak.issuer(REALM), Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "alice", "password", "demo"));
        assertThat(claims(noAudience).path("iss").asString()).isEqualTo(keycloak.issuer(REALM));
        assertRefused(noAudience, "aud");
        String shortLived = password("short-lived", "alice");
        long expiry = claims(shortLived).path("exp").asLong();
        while (Instant.now().getEpochSecond() <= expiry) {
            Thread.sleep(200);
        }
        assertRefused(shortLived, "expired");
        assertRefused(password("ler-hub-ui", "orgless-hr"), "organization");
        assertThat(get("/api/v1/me/records", "Basic " + Base64.getEncoder().encodeToString("alice:demo".getBytes()))
                .statusCode()).as("HTTP Basic: the demo accounts do not exist").isEqualTo(401);
    }

    /** {@code reason} null: the token must work; otherwise a 401 whose WWW-Authenticate header names the reason. */
    private void assertRefused(String token, String reason) {
        HttpResponse<String> answer = get("/api/v1/organizations", "Bearer " + token);
        if (reason == null) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return;
        }
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).contains("Bearer").contains(reason);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    /** In a real browser: the admin UI sends a person to Keycloak's own login page, and its sign-out ends both sessions. */
    @Test
    void aLearnerSignsInOnKeycloaksLoginPageSeesTheirRecordsAndSignsOutAtKeycloak() {
        String hub = "http://127.0.0.1:" + hubPort;
        String title = "Signed in through Keycloak " + UUID.randomUUID().toString().substring(0, 8);
        HubClient.Response ingested = new HubClient(hubPort, user -> "Bearer " + password("ler-hub-ui", user))
                .post("tn-admin", "/api/v1/documents", "application/json", TestBadges.badge("alice@example.org", title, "oidc"));
        assertThat(ingested.status()).as(ingested.text()).isEqualTo(201);
        try (Browser browser = new Browser(hubPort)) {
            browser.open("/");
            assertThat(browser.driver().getCurrentUrl()).as("Keycloak's login page, with code flow and PKCE")
                    .startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/auth")
                    .contains("client_id=ler-hub-ui", "response_type=code", "code_challenge=", "code_challenge_method=S256");
            browser.screenshot("keycloak-login");
            browser.type(By.id("username"), "alice");
            browser.type(By.id("password"), "demo");
            browser.go(By.id("kc-login"));

            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).as("back at the hub's home page").isEqualTo("/");
            assertThat(browser.driver().getCurrentUrl()).startsWith(hub);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, alice");
            browser.checkPage("keycloak-landing");
            browser.go(By.linkText("My records"));
            assertThat(browser.main()).contains("about you", title);
            browser.checkPage("keycloak-learner-records");

            browser.go(By.xpath("//header//button[text()='Sign out']"));
            assertThat(browser.driver().getCurrentUrl()).as("signed out of the hub, which sends the browser to sign in again")
                    .startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/auth");
            assertThat(browser.driver().findElements(By.id("password"))).as("signed out of Keycloak: it asks for the password")
                    .hasSize(1);
        }
    }

    /** Erasing one's data ends the Keycloak session too: the next visit asks for the password, no silent sign-in. */
    @Test
    void aLearnerWhoErasesTheirDataIsSignedOutOfKeycloakToo() {
        String hub = "http://127.0.0.1:" + hubPort;
        try (Browser browser = new Browser(hubPort)) {
            browser.open("/");
            browser.type(By.id("username"), "erin");
            browser.type(By.id("password"), "demo");
            browser.go(By.id("kc-login"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, erin");

            browser.open("/learner/data");
            browser.click(By.id("confirm"));
            browser.go(By.xpath("//button[text()='Erase my data']"));
            assertThat(browser.driver().getCurrentUrl()).as("back from Keycloak's sign-out").isEqualTo(hub + "/erased");
            assertThat(browser.main()).contains("Your data was erased and you are signed out.");

            browser.open("/");
            assertThat(browser.driver().getCurrentUrl()).startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/auth");
            assertThat(browser.driver().findElements(By.id("password"))).as("signed out of Keycloak: it asks for the password")
                    .hasSize(1);
        }
    }

    private HttpResponse<String> get(String path, String authorization) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hubPort + path))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String password(String client, String user) {
        return token(keycloak.issuer(REALM), Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", "demo", "scope", "openid"));
    }

    private String clientCredentials(String client, String secret) {
        return token(keycloak.issuer(REALM), Map.of("grant_type", "client_credentials", "client_id", client,
                "client_secret", secret));
    }

    private String token(String issuer, Map<String, String> form) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return HubClient.JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode claims(String jwt) {
        return HubClient.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
