package org.lerhub.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.ConnectorRequest;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.store.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An HTTP-pull connector against WireMock playing a badge platform's REST API: API key, paging, a since-cursor
 * kept across polls, and a source that fails twice before it answers.
 */
@SpringBootTest(classes = HttpPullConnectorTest.TestHub.class,
        properties = "spring.datasource.url=jdbc:h2:mem:http-pull-test;DB_CLOSE_DELAY=-1")
class HttpPullConnectorTest {

    @SpringBootApplication(scanBasePackages = "org.lerhub")
    static class TestHub {
    }

    private static final Path DATA = Path.of("target/http-pull-test", UUID.randomUUID().toString()).toAbsolutePath();
    private static final WireMockServer PLATFORM = new WireMockServer(options().dynamicPort());

    static {
        PLATFORM.start();
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("ler.data-dir", DATA::toString);
    }

    @AfterAll
    static void stop() {
        PLATFORM.stop();
    }

    @Autowired Connectors connectors;
    @Autowired Documents documents;

    private static String badge(int n, String validFrom) {
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:%s", "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "https://platform.example/issuers/1", "type": ["Profile"], "name": "Platform College"},
                 "validFrom": "%s",
                 "credentialSubject": {"type": ["AchievementSubject"],
                   "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": false,
                                   "identityHash": "pulled%d@example.org"}],
                   "achievement": {"id": "https://platform.example/a/%d", "type": ["Achievement"], "name": "Badge %d",
                                   "criteria": {"narrative": "Done."}}}}""".formatted(UUID.randomUUID(), validFrom, n, n, n);
    }

    @Test
    void pagesThroughTheSourceKeepsTheCursorAndLosesNothingWhenItFailsTwice() {
        PLATFORM.stubFor(get(urlEqualTo("/api/badges")).withHeader("X-API-Key", equalTo("k3y"))
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("failed once")
                .willReturn(aResponse().withStatus(503)));
        PLATFORM.stubFor(get(urlEqualTo("/api/badges")).withHeader("X-API-Key", equalTo("k3y"))
                .inScenario("flaky").whenScenarioStateIs("failed once").willSetStateTo("failed twice")
                .willReturn(aResponse().withStatus(503)));
        PLATFORM.stubFor(get(urlEqualTo("/api/badges")).withHeader("X-API-Key", equalTo("k3y"))
                .inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(okJson("{\"items\": [" + badge(1, "2026-01-01T00:00:00Z") + "," + badge(2, "2026-01-03T00:00:00Z")
                        + "], \"next\": \"/api/badges?page=2\"}")));
        PLATFORM.stubFor(get(urlEqualTo("/api/badges?page=2")).withHeader("X-API-Key", equalTo("k3y"))
                .willReturn(okJson("{\"items\": [" + badge(3, "2026-01-02T00:00:00Z") + "]}")));
        PLATFORM.stubFor(get(urlPathEqualTo("/api/badges")).withQueryParam("since", equalTo("2026-01-03T00:00:00Z"))
                .withHeader("X-API-Key", equalTo("k3y"))
                .willReturn(okJson("{\"items\": [" + badge(4, "2026-01-04T00:00:00Z") + "]}")));

        connectors.create("tn", new ConnectorRequest("platform-pull", "Badge platform", ConnectorKind.HTTP_PULL, "ob3",
                Map.of("url", PLATFORM.baseUrl() + "/api/badges", "cursorParam", "since", "cursorPointer", "validFrom",
                        "delayMillis", 300),
                Map.of("apiKey", "k3y"), true), "test");

        await().atMost(Duration.ofSeconds(60)).until(() -> documents.statsOfConnector("platform-pull").stored() == 4);
        PLATFORM.verify(getRequestedFor(urlEqualTo("/api/badges?since=2026-01-03T00%3A00%3A00Z")));
        assertThat(documents.statsOfConnector("platform-pull").deadLetters()).isZero();
    }
}
