package org.lerhub.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** What must hold whatever the scenario: every {@code ci/*-values.yaml} is rendered and checked. */
class EveryScenarioTest {

    static Stream<Path> scenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(RenderedChart.CHART.resolve("ci"))) {
            files = listing.filter(file -> file.getFileName().toString().endsWith("-values.yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void probesAskActuatorOnTheManagementPort(Path scenario) {
        JsonNode hub = RenderedChart.of(scenario).hubContainer();

        assertThat(hub.at("/startupProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(hub.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(hub.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(hub.at("/" + probe + "/httpGet/port").asString()).as(probe).isEqualTo("management");
        }
        assertThat(hub.path("ports").values().stream().map(port -> port.path("name").asString() + ":"
                + port.path("containerPort").asInt())).containsExactlyInAnyOrder("http:8080", "management:8081");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsAsNonRootOnAReadOnlyRootFilesystem(Path scenario) {
        RenderedChart chart = RenderedChart.of(scenario);
        JsonNode pod = chart.podSpec().path("securityContext");
        JsonNode container = chart.hubContainer().path("securityContext");

        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("runAsUser").asInt()).isPositive();
        assertThat(container.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.at("/capabilities/drop").values().stream().map(JsonNode::asString)).contains("ALL");
        // what the hub writes goes to volumes: /tmp and the data directory it is told to use
        assertThat(chart.hubContainer().path("volumeMounts").values().stream().map(mount -> mount.path("mountPath").asString()))
                .contains("/tmp", "/var/lib/ler-hub");
        assertThat(chart.env("LER_DATADIR")).isEqualTo("/var/lib/ler-hub");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void requestsCpuAndMemoryAndLimitsMemory(Path scenario) {
        JsonNode resources = RenderedChart.of(scenario).hubContainer().path("resources");

        assertThat(resources.at("/requests/cpu").asString()).isNotBlank();
        assertThat(resources.at("/requests/memory").asString()).isNotBlank();
        assertThat(resources.at("/limits/memory").asString()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void secretsReachThePodOnlyThroughSecrets(Path scenario) {
        RenderedChart chart = RenderedChart.of(scenario);
        List<String> secrets = inlineSecrets(RenderedChart.values(scenario));

        for (JsonNode configMap : chart.all("ConfigMap")) {
            configMap.path("data").properties().forEach(entry -> {
                assertThat(entry.getKey()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret");
                assertThat(secrets).noneMatch(secret -> entry.getValue().asString().contains(secret));
            });
        }
        // each secret given inline is in the chart's Secret, and every reference finds its Secret
        List<String> stored = chart.all("Secret").stream().flatMap(secret -> secret.path("data").values().stream())
                .map(value -> new String(Base64.getDecoder().decode(value.asString()))).toList();
        assertThat(stored).containsAll(secrets);
        for (JsonNode reference : secretKeyRefs(chart)) {
            String name = reference.path("name").asString();
            boolean rendered = chart.all("Secret").stream().anyMatch(secret -> name.equals(secret.at("/metadata/name").asString())
                    && secret.path("data").has(reference.path("key").asString()));
            assertThat(rendered || RenderedChart.values(scenario).findValues("existingSecret").stream()
                    .anyMatch(existing -> name.equals(existing.asString()))).as("secret %s", reference).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theServiceAndPodsAgreeOnLabelsAndPorts(Path scenario) {
        RenderedChart chart = RenderedChart.of(scenario);
        JsonNode selector = chart.one("Service").at("/spec/selector");
        JsonNode podLabels = chart.one("Deployment").at("/spec/template/metadata/labels");

        selector.properties().forEach(label -> assertThat(podLabels.path(label.getKey()).asString())
                .isEqualTo(label.getValue().asString()));
        assertThat(chart.one("Deployment").at("/spec/selector/matchLabels")).isEqualTo(selector);
        assertThat(chart.podSpec().path("serviceAccountName").asString()).isEqualTo(chart.one("ServiceAccount")
                .at("/metadata/name").asString());
    }

    private static List<String> inlineSecrets(JsonNode values) {
        List<String> secrets = new ArrayList<>();
        for (String key : List.of("password", "secretKey")) {
            values.findValues(key).stream().map(JsonNode::asString).filter(value -> !value.isBlank()).forEach(secrets::add);
        }
        return secrets;
    }

    private static List<JsonNode> secretKeyRefs(RenderedChart chart) {
        return chart.environment().values().stream().map(value -> value.path("secretKeyRef"))
                .filter(JsonNode::isObject).toList();
    }
}
