package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hardening of the demo hub: security headers, CSRF on the UI's forms (none on the stateless API), rate limits
 * on search, sign-in and webhooks, and admin actions in the audit chain. Limits are small here so that a few
 * requests reach them.
 */
@SpringBootTest(classes = LerHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ler.demo.learners=0", "ler.demo.in-background=false",
                "ler.rate-limits.search.requests=3", "ler.rate-limits.search.per=1h",
                "ler.rate-limits.login.requests=4", "ler.rate-limits.login.per=1h",
                "ler.rate-limits.webhook.requests=3", "ler.rate-limits.webhook.per=1h"})
class HardeningTest {

    private static final Path DATA = Path.of("target/hardening-test", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("ler.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HubClient hub() {
        return new HubClient(port);
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeaders() {
        HubClient.Response page = hub().get(null, "/login");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(policy.replaceAll(".*script-src ([^;]*).*", "$1")).doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Strict-Transport-Security")).as("plain HTTP: no HSTS").isNull();

        HubClient.Response answer = hub().get("alice", "/api/v1/me/records");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");

        HubClient.Response behindTls = hub().send("GET", null, "/login", null, null, "X-Forwarded-Proto", "https");
        assertThat(behindTls.header("Strict-Transport-Security")).as("behind a TLS proxy").contains("max-age=31536000");
    }

    @Test
    void uiFormsNeedTheirCsrfTokenAndTheApiNeedsNone() {
        HubClient.Response forged = hub().send("POST", null, "/login", "application/x-www-form-urlencoded",
                "username=admin&password=demo".getBytes(StandardCharsets.UTF_8));
        assertThat(forged.status()).as("a sign-in form posted from elsewhere").isEqualTo(403);

        HubClient.Response form = hub().get(null, "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.text());
        assertThat(csrf.find()).as(form.text()).isTrue();
        String session = form.header("Set-Cookie").split(";", 2)[0];
        HubClient.Response signedIn = hub().send("POST", null, "/login", "application/x-www-form-urlencoded",
                ("username=admin&password=demo&_csrf=" + csrf.group(1)).getBytes(StandardCharsets.UTF_8), "Cookie", session);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");

        assertThat(hub().post("admin", "/api/v1/admin/reindex", "application/json", new byte[0]).status())
                .as("the API is stateless: no CSRF token").isEqualTo(200);
    }

    @Test
    void searchIsLimitedPerUser() {
        HubClient.Response limited = untilLimited(() -> hub().get("acme-hr", "/api/v1/search"), 4);
        assertThat(hub().get("globex-hr", "/api/v1/search").status()).as("another user's own bucket").isEqualTo(200);
        assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");
    }

    @Test
    void webhooksAreLimitedPerClientAddress() {
        untilLimited(() -> hub().post(null, "/api/v1/connectors/" + UUID.randomUUID() + "/inbound", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)), 4);
    }

    @Test
    void signInIsLimitedPerClientAddress() {
        untilLimited(() -> hub().send("POST", null, "/login", "application/x-www-form-urlencoded",
                "username=admin&password=guess".getBytes(StandardCharsets.UTF_8)), 5);
    }

    /** Calls until the limit answers 429 with a problem and Retry-After; the limit must come within {@code most} calls. */
    private static HubClient.Response untilLimited(java.util.function.Supplier<HubClient.Response> call, int most) {
        for (int i = 0; i < most; i++) {
            HubClient.Response response = call.get();
            if (response.status() == 429) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isNotBlank();
                assertThat(response.json().path("detail").asString()).startsWith("Too many requests");
                return response;
            }
        }
        throw new AssertionError("no 429 within " + most + " calls");
    }

    @Test
    void adminActionsAreInTheAuditChain() {
        String id = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(hub().post("tn-admin", "/api/v1/connectors", "application/json", ("{\"id\":\"" + id
                + "\",\"name\":\"Audited\",\"kind\":\"webhook\",\"credentials\":{\"secret\":\"s3cret-value\"}}")
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(hub().delete("tn-admin", "/api/v1/connectors/" + id).status()).isEqualTo(204);
        assertThat(hub().post("admin", "/api/v1/admin/reindex", "application/json", new byte[0]).status()).isEqualTo(200);

        List<String> entries = jdbc.sql("select action || ' ' || actor || ' ' || coalesce(context, '') from disclosures")
                .query(String.class).list();
        assertThat(entries).anyMatch(e -> e.startsWith("CONNECTOR_CREATED tn-admin connector " + id))
                .anyMatch(e -> e.startsWith("CONNECTOR_DELETED tn-admin connector " + id))
                .anyMatch(e -> e.startsWith("INDEX_REBUILT admin"))
                .noneMatch(e -> e.contains("s3cret-value"));
        assertThat(hub().get("admin", "/api/v1/admin/audit/verify").json().path("intact").asBoolean()).isTrue();
    }
}
