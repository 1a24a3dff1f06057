package org.lerhub.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** What each {@code ci/*-values.yaml} scenario asks of the rendered manifests. */
class ScenarioTest {

    private static RenderedChart scenario(String name) {
        return RenderedChart.of(RenderedChart.CHART.resolve(Path.of("ci", name + "-values.yaml")));
    }

    @Test
    void defaultIsOneEmbeddedDemoPodOnAnEmptyDir() {
        RenderedChart chart = scenario("default");

        assertThat(chart.one("Deployment").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(chart.one("Deployment").at("/spec/strategy/type").asString()).isEqualTo("Recreate");
        assertThat(chart.profiles()).containsExactly("demo");
        assertThat(chart.environment()).doesNotContainKeys("LER_DB_URL", "LER_SEARCH_ELASTICSEARCH_URIS", "LER_SEARCH_BACKEND",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", "LER_CONNECTORS_SECRETKEY");
        assertThat(volume(chart, "data").has("emptyDir")).isTrue();
        for (String kind : new String[] {"HorizontalPodAutoscaler", "PodDisruptionBudget", "Secret", "Ingress",
                "NetworkPolicy", "PersistentVolumeClaim"}) {
            assertThat(chart.has(kind)).as(kind).isFalse();
        }
    }

    @Test
    void embeddedPersistentKeepsTheDataDirectoryOnAClaimAndMountsTheCsvProfiles() {
        RenderedChart chart = scenario("embedded-persistent");

        JsonNode claim = chart.one("PersistentVolumeClaim", "ler-hub-data");
        assertThat(claim.at("/spec/resources/requests/storage").asString()).isEqualTo("20Gi");
        assertThat(claim.at("/metadata/annotations/helm.sh~1resource-policy").asString()).isEqualTo("keep");
        assertThat(volume(chart, "data").at("/persistentVolumeClaim/claimName").asString()).isEqualTo("ler-hub-data");
        assertThat(chart.env("LER_DEMO_LEARNERS")).isEqualTo("200");

        assertThat(chart.env("LER_HR_CSV_PROFILES_DIR")).isEqualTo("/etc/ler-hub/hr-csv-profiles");
        assertThat(mountPath(chart, "hr-csv-profiles")).isEqualTo("/etc/ler-hub/hr-csv-profiles");
        String profile = chart.one("ConfigMap", "ler-hub-hr-csv-profiles").at("/data/county-payroll.yaml").asString();
        assertThat(new YAMLMapper().readTree(profile).at("/columns/employeeId").asString()).isEqualTo("Employee Number");
    }

    @Test
    void productionRunsOnPostgresElasticsearchAndKeycloakWithSecretsFromExistingSecrets() {
        RenderedChart chart = scenario("production");

        assertThat(chart.profiles()).containsExactly("postgres", "elasticsearch", "keycloak");
        assertThat(chart.env("LER_DB_URL")).isEqualTo("jdbc:postgresql://ler-db.data.svc:5432/lerhub?sslmode=require");
        assertThat(chart.env("LER_DB_USER")).isEqualTo("lerhub");
        assertThat(secretRef(chart, "LER_DB_PASSWORD")).isEqualTo("ler-hub-db/password");
        assertThat(chart.env("LER_SEARCH_BACKEND")).isEqualTo("elasticsearch");
        assertThat(chart.env("LER_SEARCH_ELASTICSEARCH_URIS")).isEqualTo("https://ler-es-http.search.svc:9200");
        assertThat(chart.env("LER_SEARCH_ELASTICSEARCH_USERNAME")).isEqualTo("ler-hub");
        assertThat(secretRef(chart, "LER_SEARCH_ELASTICSEARCH_PASSWORD")).isEqualTo("ler-hub-es/elastic-password");
        assertThat(chart.env("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI"))
                .isEqualTo("https://id.example.org/realms/ler-hub");
        assertThat(secretRef(chart, "LER_CONNECTORS_SECRETKEY")).isEqualTo("ler-hub-connectors/secret-key");
        assertThat(chart.has("Secret")).isFalse();
        assertThat(chart.hubContainer().at("/image").asString()).isEqualTo("registry.example.org/ler/ler-hub:1.4.2");

        // several pods: the autoscaler owns the replica count, a budget keeps one up, updates roll
        JsonNode deployment = chart.one("Deployment");
        assertThat(deployment.at("/spec/replicas").isMissingNode()).isTrue();
        assertThat(deployment.at("/spec/strategy/type").asString()).isEqualTo("RollingUpdate");
        JsonNode autoscaler = chart.one("HorizontalPodAutoscaler");
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(3);
        assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isEqualTo(10);
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asString()).isEqualTo("ler-hub");
        assertThat(chart.one("PodDisruptionBudget").at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(chart.podSpec().at("/topologySpreadConstraints/0/topologyKey").asString())
                .isEqualTo("topology.kubernetes.io/zone");

        JsonNode settings = new YAMLMapper().readTree(chart.one("ConfigMap", "ler-hub-config").at("/data/application.yaml").asString());
        assertThat(settings.at("/ler/verification/allow-network").asBoolean()).isTrue();
        assertThat(settings.at("/ler/ingest/max-document-size").asString()).isEqualTo("128MB");
        assertThat(chart.env("SPRING_CONFIG_ADDITIONAL_LOCATION")).isEqualTo("optional:file:/etc/ler-hub/config/");
        assertThat(mountPath(chart, "config")).isEqualTo("/etc/ler-hub/config");

        JsonNode policy = chart.one("NetworkPolicy");
        assertThat(policy.at("/spec/ingress/0/ports/0/port").asString()).isEqualTo("http");
        assertThat(policy.at("/spec/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asString())
                .isEqualTo("ingress-nginx");
        assertThat(policy.at("/spec/ingress/1/ports/0/port").asString()).isEqualTo("management");
        assertThat(policy.at("/spec/policyTypes").values().stream().map(JsonNode::asString)).containsExactly("Ingress");
    }

    @Test
    void ingressWithTlsRoutesTheWebPortOnlyAndTheChartKeepsTheInlineSecrets() {
        RenderedChart chart = scenario("ingress-tls");

        JsonNode ingress = chart.one("Ingress");
        assertThat(ingress.at("/spec/ingressClassName").asString()).isEqualTo("nginx");
        assertThat(ingress.at("/spec/tls/0/secretName").asString()).isEqualTo("ler-hub-tls");
        assertThat(ingress.at("/spec/tls/0/hosts/0").asString()).isEqualTo("ler.example.org");
        assertThat(ingress.at("/spec/rules/0/host").asString()).isEqualTo("ler.example.org");
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asString()).isEqualTo("ler-hub");
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/port/name").asString()).isEqualTo("http");
        assertThat(ingress.at("/metadata/annotations/cert-manager.io~1cluster-issuer").asString()).isEqualTo("letsencrypt");

        assertThat(chart.one("Deployment").at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(chart.has("HorizontalPodAutoscaler")).isFalse();
        assertThat(chart.one("PodDisruptionBudget").at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(chart.profiles()).containsExactly("postgres", "elasticsearch", "demo");
        assertThat(chart.one("Secret").path("data").propertyNames())
                .containsExactlyInAnyOrder("postgresql-password", "elasticsearch-password", "connectors-secret-key");
        assertThat(secretRef(chart, "LER_DB_PASSWORD")).isEqualTo("ler-hub/postgresql-password");
        assertThat(secretRef(chart, "LER_SEARCH_ELASTICSEARCH_PASSWORD")).isEqualTo("ler-hub/elasticsearch-password");
        assertThat(secretRef(chart, "LER_CONNECTORS_SECRETKEY")).isEqualTo("ler-hub/connectors-secret-key");
    }

    @Test
    void aChangedSecretRollsThePods() {
        String before = scenario("ingress-tls").one("Deployment").at("/spec/template/metadata/annotations/checksum~1secret").asString();
        String after = RenderedChart.render(template -> template
                .withValuesFile(RenderedChart.CHART.resolve("ci/ingress-tls-values.yaml"))
                .set("postgresql.password", "rotated")).one("Deployment")
                .at("/spec/template/metadata/annotations/checksum~1secret").asString();

        assertThat(after).isNotBlank().isNotEqualTo(before);
    }

    private static JsonNode volume(RenderedChart chart, String name) {
        return chart.podSpec().path("volumes").values().stream()
                .filter(volume -> name.equals(volume.path("name").asString())).findFirst().orElseThrow();
    }

    private static String mountPath(RenderedChart chart, String volume) {
        return chart.hubContainer().path("volumeMounts").values().stream()
                .filter(mount -> volume.equals(mount.path("name").asString())).findFirst().orElseThrow()
                .path("mountPath").asString();
    }

    private static String secretRef(RenderedChart chart, String variable) {
        JsonNode reference = chart.environment().get(variable).path("secretKeyRef");
        return reference.path("name").asString() + "/" + reference.path("key").asString();
    }
}
