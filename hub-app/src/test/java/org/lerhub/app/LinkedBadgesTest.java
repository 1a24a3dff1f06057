package org.lerhub.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lerhub.mappings.GoldenFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Open Badges 2.0 assertions that only link their BadgeClass and Issuer: the hub fetches them from hosts the
 * operator allowed. WireMock plays the badge issuer's web site (example.org) with the corpus assets.
 */
@SpringBootTest(classes = LerHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ler.demo.learners=0", "ler.demo.in-background=false",
                "ler.linked-resources.allowed-hosts=example.org"})
class LinkedBadgesTest {

    private static final Path DATA = Path.of("target/linked-badges-test", UUID.randomUUID().toString()).toAbsolutePath();
    private static final WireMockServer ISSUER_SITE = new WireMockServer(options().dynamicPort());

    static {
        ISSUER_SITE.start();
        for (String asset : List.of("robotics-badge.json", "organization.json", "key1.json", "key3.json",
                "badge-from-organization-with-revocation-list.json", "organization-with-revocation-list.json",
                "revocation-list.json")) {
            ISSUER_SITE.stubFor(get(urlEqualTo("/" + asset)).willReturn(aResponse().withHeader("Content-Type",
                    "application/ld+json").withBody(GoldenFiles.bytes("corpus/ob2/assets/" + asset))));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ler.data-dir", DATA::toString);
        registry.add("ler.linked-resources.mirrors.example.org", ISSUER_SITE::baseUrl);
    }

    @AfterAll
    static void stop() {
        ISSUER_SITE.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void aHostedAssertionIsMappedWithItsLinkedBadgeClassAndIssuer() {
        HubClient hub = new HubClient(port);
        HubClient.Response created = hub.post("tn-admin", "/api/v1/documents", "application/json",
                GoldenFiles.bytes("corpus/ob2/basic-assertion.json"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("format").asString()).isEqualTo("ob2");

        JsonNode record = hub.get("tn-admin", "/api/v1/records/" + created.json().path("recordIds").get(0).asString()).json();
        assertThat(record.path("title").asString()).isNotBlank();
        assertThat(record.at("/issuer/name").asString()).isNotBlank();
        ISSUER_SITE.verify(getRequestedFor(urlEqualTo("/robotics-badge.json")));
    }

    @Test
    void aSignedAssertionIsMappedToo() {
        HubClient hub = new HubClient(port);
        HubClient.Response created = hub.post("tn-admin", "/api/v1/documents", "application/jose",
                GoldenFiles.bytes("corpus/ob2/simple.jwt"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("format").asString()).isEqualTo("ob2");
    }

    @Test
    void aBadgeClassOnAHostNobodyAllowedIsNeverFetched() {
        String assertion = new String(GoldenFiles.bytes("corpus/ob2/basic-assertion.json"), StandardCharsets.UTF_8)
                .replace("https://example.org/robotics-badge.json", "https://elsewhere.example/robotics-badge.json")
                .replace("\"id\": \"https://example.org/", "\"id\": \"https://example.org/" + UUID.randomUUID() + "-");
        HubClient.Response refused = new HubClient(port).post("tn-admin", "/api/v1/documents", "application/json",
                assertion.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("elsewhere.example");
    }
}
