package org.lerhub.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values that would lose data, lock everyone out or leak a secret are refused at render time, saying why. */
class RefusedValuesTest {

    private static final Map<String, Object> EXTERNAL_STORES = Map.of(
            "postgresql.enabled", true, "postgresql.url", "jdbc:postgresql://db:5432/lerhub",
            "elasticsearch.enabled", true, "elasticsearch.uris", "http://es:9200",
            "connectors.secretKey", "q83vEjZ2sFUIZ4lyHHEoMxhO8XSUEs3uqIWcIVqBaTQ=");

    @Test
    void severalPodsNeedTheExternalDatabaseAndIndex() {
        assertThatThrownBy(() -> RenderedChart.with(Map.of("replicaCount", 2)))
                .hasMessageContaining("more than one hub pod needs postgresql.enabled and elasticsearch.enabled");
        assertThatThrownBy(() -> RenderedChart.with(Map.of("autoscaling.enabled", true, "postgresql.enabled", true,
                "postgresql.url", "jdbc:postgresql://db:5432/lerhub", "connectors.secretKey",
                "q83vEjZ2sFUIZ4lyHHEoMxhO8XSUEs3uqIWcIVqBaTQ=")))
                .hasMessageContaining("more than one hub pod needs postgresql.enabled and elasticsearch.enabled");
        RenderedChart.with(merged(EXTERNAL_STORES, Map.of("replicaCount", 3)));
    }

    @Test
    void aSharedDatabaseNeedsOneConnectorKeyForAllPods() {
        assertThatThrownBy(() -> RenderedChart.with(Map.of("postgresql.enabled", true,
                "postgresql.url", "jdbc:postgresql://db:5432/lerhub")))
                .hasMessageContaining("postgresql.enabled needs connectors.secretKey or connectors.existingSecret");
    }

    @Test
    void anExternalServiceNeedsItsAddress() {
        assertThatThrownBy(() -> RenderedChart.with(merged(EXTERNAL_STORES, Map.of("elasticsearch.uris", ""))))
                .hasMessageContaining("elasticsearch.enabled needs elasticsearch.uris");
        assertThatThrownBy(() -> RenderedChart.with(Map.of("keycloak.enabled", true)))
                .hasMessageContaining("keycloak.enabled needs keycloak.issuerUri");
        assertThatThrownBy(() -> RenderedChart.with(Map.of("postgresql.enabled", true, "postgresql.url", "db:5432")))
                .hasMessageContaining("/postgresql/url").hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void somebodyMustBeAbleToSignIn() {
        assertThatThrownBy(() -> RenderedChart.with(Map.of("demo.enabled", false)))
                .hasMessageContaining("nobody could sign in");
    }

    @Test
    void theSchemaRefusesSecretsInTheConfigMapAndARootContainer() {
        assertThatThrownBy(() -> RenderedChart.with(Map.of("config.ler.connectors.secret-key", "c2VjcmV0")))
                .hasMessageContaining("values don't meet the specifications of the schema");
        assertThatThrownBy(() -> RenderedChart.with(Map.of("config.spring.datasource.password", "secret")))
                .hasMessageContaining("values don't meet the specifications of the schema");
        assertThatThrownBy(() -> RenderedChart.with(Map.of("securityContext.readOnlyRootFilesystem", false)))
                .hasMessageContaining("readOnlyRootFilesystem");
        assertThatThrownBy(() -> RenderedChart.with(Map.of("podSecurityContext.runAsNonRoot", false)))
                .hasMessageContaining("runAsNonRoot");
        assertThatThrownBy(() -> RenderedChart.with(Map.of("connectors.secretKey", "too-short")))
                .hasMessageContaining("secretKey");
    }

    private static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> changes) {
        Map<String, Object> values = new HashMap<>(base);
        values.putAll(changes);
        return values;
    }
}
