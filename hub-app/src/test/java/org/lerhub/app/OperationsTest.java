package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What operators and integrators reach without signing in: health, metrics, the API description. */
class OperationsTest extends HubTest {

    @Test
    void healthIsUp() {
        HubClient.Response health = hub().get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        HubClient.Response metrics = hub().get(null, "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDescribesThePublicPaths() {
        HubClient.Response api = hub().get(null, "/v3/api-docs");
        assertThat(api.status()).as(api.text()).isEqualTo(200);
        assertThat(api.json().path("paths").propertyNames()).contains("/api/v1/documents", "/api/v1/documents/{id}",
                "/api/v1/documents/{id}/original", "/api/v1/records/{id}", "/api/v1/me/records",
                "/api/v1/schema/ler-record", "/api/v1/admin/reindex", "/api/v1/organizations");
    }

    @Test
    void theDemoLearnersHaveTranscriptsBadgesAndJobsIngestedThroughThePipeline() {
        var alice = hub().get("alice", "/api/v1/me/records").json().path("records");
        assertThat(alice.findValuesAsString("kind")).contains("COURSE", "ACHIEVEMENT", "EMPLOYMENT");
        assertThat(alice.findValuesAsString("formatId")).contains("pesc-college-transcript", "ob3", "ler-rs");
    }

    @Test
    void theDemoOrganizationsAreListed() {
        HubClient.Response employers = hub().get("alice", "/api/v1/organizations?type=EMPLOYER");
        assertThat(employers.json().findValuesAsString("id")).containsExactly("acme", "globex");
    }

    @Test
    void onlyHubAdminsReindex() {
        assertThat(hub().post("tn-admin", "/api/v1/admin/reindex", "application/json", new byte[0]).status()).isEqualTo(403);
        HubClient.Response reindexed = hub().post("admin", "/api/v1/admin/reindex", "application/json", new byte[0]);
        assertThat(reindexed.status()).isEqualTo(200);
        assertThat(reindexed.json().path("indexed").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void onlyHubAdminsReverifyAndAnUnchangedStoreStaysUnchanged() {
        assertThat(hub().post("tn-admin", "/api/v1/admin/reverify", "application/json", new byte[0]).status())
                .isEqualTo(403);
        HubClient.Response reverified = hub().post("admin", "/api/v1/admin/reverify", "application/json", new byte[0]);
        assertThat(reverified.status()).isEqualTo(200);
        assertThat(reverified.json().path("failed").asInt()).isZero();
        assertThat(reverified.json().path("changed").asInt()).isZero();
        assertThat(reverified.json().path("records").asInt()).isGreaterThanOrEqualTo(reverified.json().path("documents").asInt());
    }

    @Test
    void theAdminUiAsksForSignIn() {
        HubClient.Response login = hub().get(null, "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text()).contains("username").contains("password");
    }
}
