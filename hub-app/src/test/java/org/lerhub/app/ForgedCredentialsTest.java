package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.engine.verification.DataIntegritySigner;
import tools.jackson.databind.JsonNode;

/**
 * Forged and tampered credentials are stored with status INVALID and the check that says why — never VERIFIED — and
 * never reach an employer's search, although the learner released everything (API.md: INVALID records are stored
 * but never released). The same credentials, untouched, verify and are found. Nothing is fetched to verify them: a
 * context the hub does not bundle fails offline, and its server is never asked.
 */
class ForgedCredentialsTest extends HubTest {

    private static final DataIntegritySigner ISSUER = DataIntegritySigner.generate();
    /** plays a site that serves a JSON-LD context; it must never be asked */
    private static HttpServer contextServer;
    private static final AtomicInteger contextRequests = new AtomicInteger();

    @BeforeAll
    static void startContextServer() throws IOException {
        contextServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        contextServer.createContext("/", exchange -> {
            contextRequests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        contextServer.start();
    }

    @AfterAll
    static void stopContextServer() {
        contextServer.stop(0);
    }

    static Stream<Arguments> forgeries() {
        return Stream.of(
                Arguments.of("Data Integrity proof, credential changed after signing", "ob3", (Forgery) word ->
                        new String(TestBadges.signed(ISSUER, badge(word)), StandardCharsets.UTF_8)
                                .replace("A test badge.", "A better badge."),
                        "changed after signing"),
                Arguments.of("Data Integrity proof, an unknown context added after signing", "ob3", (Forgery) word ->
                        new String(TestBadges.signed(ISSUER, badge(word)), StandardCharsets.UTF_8).replace(
                                "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"",
                                "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\",\"http://127.0.0.1:"
                                        + contextServer.getAddress().getPort() + "/context.json\""),
                        "is not bundled with this hub, and contexts are never fetched"),
                Arguments.of("VC-JWT, payload changed after signing", "ob3", (Forgery) word -> {
                    String[] token = TestBadges.jwt(ISSUER, badge(word)).split("\\.");
                    String payload = new String(Base64.getUrlDecoder().decode(token[1]), StandardCharsets.UTF_8)
                            .replace("A test badge.", "A better badge.");
                    return token[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                            payload.getBytes(StandardCharsets.UTF_8)) + "." + token[2];
                }, "changed after signing"),
                Arguments.of("VC-JWT, alg none", "ob3", (Forgery) word -> TestBadges.jws("{\"alg\":\"none\"}",
                        TestBadges.issuedBy(ISSUER, badge(word)).toString(), input -> new byte[0]),
                        "unsecured (alg none)"),
                Arguments.of("VC-JWT, HS256 with the issuer's public key as secret", "ob3", (Forgery) word ->
                        TestBadges.jws("{\"alg\":\"HS256\",\"kid\":\"" + ISSUER.verificationMethod() + "\"}",
                                TestBadges.issuedBy(ISSUER, badge(word)).toString(), ForgedCredentialsTest::keyConfusion),
                        "HS256, a shared secret"),
                Arguments.of("Open Badges 2.0 signed assertion, alg none", "ob2", (Forgery) word ->
                        TestBadges.jws("{\"alg\":\"none\"}", ob2Assertion(word), input -> new byte[0]),
                        "unsecured (alg none)"),
                Arguments.of("Open Badges 2.0 signed assertion, HS256 with the issuer's public key as secret", "ob2",
                        (Forgery) word -> TestBadges.jws("{\"alg\":\"HS256\"}", ob2Assertion(word),
                                ForgedCredentialsTest::keyConfusion),
                        "HS256, a shared secret"));
    }

    /** A forged or tampered credential about Alice whose title contains {@code word}. */
    @FunctionalInterface
    interface Forgery {
        String make(String word);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void isStoredInvalidWithItsReasonAndNeverFound(String name, String format, Forgery forgery, String reason) {
        String word = uniqueWord();
        grantAcmeEverythingOfAlice();

        HubClient.Response created = hub().post("tn-admin", "/api/v1/documents?format=" + format,
                "application/json", forgery.make(word).getBytes(StandardCharsets.UTF_8));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode verification = created.json().path("verification");
        assertThat(verification.path("status").asString()).as(verification.toString()).isEqualTo("INVALID");
        assertThat(verification.path("checks")).as(verification.toString())
                .anySatisfy(check -> {
                    assertThat(check.path("outcome").asString()).isEqualTo("FAILED");
                    assertThat(check.path("reason").asString()).contains(reason);
                });
        JsonNode record = hub().get("alice", "/api/v1/records/" + created.json().at("/recordIds/0").asString()).json();
        assertThat(record.at("/verification/status").asString()).isEqualTo("INVALID");
        assertThat(record.at("/provenance/trust").asString()).isNotEqualTo("ISSUER_SIGNED");
        // the index shows writes after a short refresh: once a genuine badge ingested after the forgery is found,
        // the forgery would be too if it were indexed for Acme
        ingestGenuineAndAwaitIt();
        assertThat(acmeFinds(word)).as("Acme finds the forgery").isZero();
        assertThat(contextRequests).as("requests for a context").hasValue(0);
        assertThat(hub().get(null, "/actuator/health").json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theSameCredentialsUntouchedVerifyAndAreFound() {
        grantAcmeEverythingOfAlice();
        String proofWord = uniqueWord();
        String jwtWord = uniqueWord();

        for (byte[] genuine : new byte[][] {TestBadges.signed(ISSUER, badge(proofWord)),
                TestBadges.jwt(ISSUER, badge(jwtWord)).getBytes(StandardCharsets.UTF_8)}) {
            HubClient.Response created = hub().post("tn-admin", "/api/v1/documents?format=ob3", "application/json",
                    genuine);
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            assertThat(created.json().at("/verification/status").asString()).as(created.text()).isEqualTo("VERIFIED");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(acmeFinds(proofWord)).isEqualTo(1);
            assertThat(acmeFinds(jwtWord)).isEqualTo(1);
        });
    }

    private void ingestGenuineAndAwaitIt() {
        String control = uniqueWord();
        assertThat(hub().post("tn-admin", "/api/v1/documents?format=ob3", "application/json",
                TestBadges.signed(ISSUER, badge(control))).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> acmeFinds(control) == 1);
    }

    @AfterEach
    void revoke() {
        revokeAllGrants();
    }

    private void grantAcmeEverythingOfAlice() {
        assertThat(hub().post("alice", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"acme\",\"scope\":\"ALL\",\"purpose\":\"forgery test\"}".getBytes()).status())
                .isEqualTo(201);
    }

    private long acmeFinds(String word) {
        return hub().get("acme-hr", "/api/v1/search?q=" + word).json().path("total").asLong();
    }

    /** Letters only, so that the index keeps it one term. */
    private static String uniqueWord() {
        return "forgery" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private static byte[] badge(String word) {
        return TestBadges.badge("alice@example.org", "Welding " + word, "welding");
    }

    /** An assertion with its badge and issuer embedded, so that mapping it needs no network. */
    private static String ob2Assertion(String word) {
        return """
                {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "urn:uuid:%s",
                 "recipient": {"type": "email", "hashed": false, "identity": "alice@example.org"},
                 "issuedOn": "2026-01-15T00:00:00Z",
                 "verification": {"type": "SignedBadge", "creator": "https://issuer.example/keys/1"},
                 "badge": {"type": "BadgeClass", "id": "urn:uuid:%s", "name": "Welding %s",
                           "description": "A test badge.", "image": "https://issuer.example/badge.png",
                           "criteria": {"narrative": "Passed the practical exam."},
                           "issuer": {"type": "Profile", "id": "https://issuer.example/", "name": "Example College",
                                      "url": "https://issuer.example/", "email": "registrar@issuer.example"}}}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), word);
    }

    /** HMAC-SHA256 keyed with the issuer's public key, which anyone can read from its did:key. */
    private static byte[] keyConfusion(byte[] signingInput) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(ISSUER.multikey().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return hmac.doFinal(signingInput);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
