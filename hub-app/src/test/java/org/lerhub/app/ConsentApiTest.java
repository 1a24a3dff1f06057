package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.search.LuceneSearchBackend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The consent story over HTTP, as the demo users live it. */
class ConsentApiTest extends HubTest {

    @Autowired JdbcClient jdbc;
    @Autowired LuceneSearchBackend index;

    private final String skill = "skill" + UUID.randomUUID().toString().substring(0, 8);

    private String ingest(String email, String title) {
        HubClient.Response created = hub().post("tn-admin", "/api/v1/documents", "application/json",
                TestBadges.badge(email, title, skill));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("recordIds").get(0).asString();
    }

    private JsonNode search(String employer) {
        HubClient.Response response = hub().get(employer, "/api/v1/search?skill=" + skill);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aliceGrantsAcmeFindsAndOpensGlobexDoesNotAndRevocationHoldsAtOnce() {
        String welding = ingest("alice@example.org", "Welding basics");
        String safety = ingest("alice@example.org", "Shop safety");
        ingest("bob@example.org", "Forklift");
        assertThat(search("acme-hr").path("total").asLong()).isZero();

        HubClient.Response granted = hub().post("alice", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"acme\",\"scope\":\"ALL\",\"purpose\":\"job application\",\"expiresAt\":null,\"oneTime\":false}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(granted.status()).as(granted.text()).isEqualTo(201);
        String grantId = granted.json().path("id").asString();

        JsonNode found = search("acme-hr");
        assertThat(found.path("total").asLong()).isEqualTo(2);
        assertThat(found.path("facets").path("skill").path(skill).asLong()).isEqualTo(2);
        assertThat(ids(found)).containsExactlyInAnyOrder(welding, safety);
        assertThat(hub().get("acme-hr", "/api/v1/records/" + welding).status()).isEqualTo(200);
        assertThat(search("globex-hr").path("total").asLong()).isZero();
        assertThat(hub().get("globex-hr", "/api/v1/records/" + welding).status()).isEqualTo(404);

        JsonNode disclosures = hub().get("alice", "/api/v1/me/disclosures").json();
        assertThat(disclosures.findValuesAsString("action")).contains("SEARCH", "VIEW");
        assertThat(disclosures.findValuesAsString("employerId")).containsOnly("acme");
        assertThat(hub().get("bob", "/api/v1/me/disclosures").json().findValuesAsString("employerId")).doesNotContain("acme");

        assertThat(hub().delete("alice", "/api/v1/me/consents/" + grantId).status()).isEqualTo(200);
        JsonNode after = search("acme-hr");
        assertThat(after.path("total").asLong()).isZero();
        assertThat(after.path("facets").path("skill").has(skill)).isFalse();
        assertThat(hub().get("acme-hr", "/api/v1/records/" + welding).status()).isEqualTo(404);
    }

    @Test
    void aLearnerReadsTheirDisclosuresAPageAtATime() {
        ingest("alice@example.org", "Paged looks");
        HubClient.Response granted = hub().post("alice", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"acme\",\"scope\":\"ALL\",\"purpose\":\"paging\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(granted.status()).as(granted.text()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            assertThat(search("acme-hr").path("total").asLong()).isEqualTo(1);
        }
        List<Long> all = seqs(hub().get("alice", "/api/v1/me/disclosures").json());
        Long third = all.get(all.size() - 3);
        Long second = all.get(all.size() - 2);
        Long last = all.get(all.size() - 1);

        HubClient.Response page = hub().get("alice", "/api/v1/me/disclosures?after=" + third + "&limit=1");
        assertThat(seqs(page.json())).containsExactly(second);
        String next = page.header("Link");
        assertThat(next).endsWith("; rel=\"next\"").contains("after=" + second, "limit=1");
        page = hub().get("alice", next.substring(next.indexOf("/api/"), next.indexOf('>')));
        assertThat(seqs(page.json())).containsExactly(last);
        page = hub().get("alice", "/api/v1/me/disclosures?after=" + last + "&limit=5");
        assertThat(page.json().isEmpty()).isTrue();
        assertThat(page.header("Link")).as("nothing more").isNull();
        assertThat(hub().get("alice", "/api/v1/me/disclosures?limit=0").status()).isEqualTo(400);

        assertThat(hub().delete("alice", "/api/v1/me/consents/" + granted.json().path("id").asString()).status())
                .isEqualTo(200);
    }

    private static List<Long> seqs(JsonNode disclosures) {
        List<Long> seqs = new ArrayList<>();
        disclosures.forEach(entry -> seqs.add(entry.path("seq").asLong()));
        return seqs;
    }

    @Test
    void aSkillsSummaryShowsTitlesAndSkillsButNotTheRest() {
        ingest("bob@example.org", "Crane operation");
        HubClient.Response granted = hub().post("bob", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"globex\",\"scope\":\"SKILLS_SUMMARY\",\"purpose\":\"talent pool\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(granted.status()).isEqualTo(201);

        JsonNode hit = search("globex-hr").path("hits").get(0);
        assertThat(hit.path("title").asString()).isEqualTo("Crane operation");
        assertThat(hit.path("scope").asString()).isEqualTo("SKILLS_SUMMARY");
        assertThat(hit.has("issuer")).isFalse();
        JsonNode record = hub().get("globex-hr", "/api/v1/records/" + hit.path("recordId").asString()).json();
        assertThat(record.has("dates")).isFalse();
        assertThat(record.has("issuer")).isFalse();
        assertThat(record.path("skills").get(0).path("label").asString()).isEqualTo(skill);
        assertThat(hub().get("globex-hr", "/api/v1/search?skill=" + skill + "&issuer=Example%20College")
                .json().path("total").asLong()).as("filtering on an unreleased field finds nothing").isZero();
    }

    @Test
    void grantsAreValidated() {
        HubClient.Response unknown = hub().post("alice", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"tn\",\"scope\":\"ALL\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("detail").asString()).contains("not an employer");
        assertThat(hub().delete("alice", "/api/v1/me/consents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(hub().get("acme-hr", "/api/v1/me/consents").status()).isEqualTo(403);
        assertThat(hub().get("alice", "/api/v1/search").status()).isEqualTo(403);
    }

    @Test
    void editingAnAuditEntryBreaksTheChainAndNamesTheEntry() {
        String record = ingest("alice@example.org", "Audit me");
        hub().post("alice", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"acme\",\"scope\":\"ALL\"}".getBytes(StandardCharsets.UTF_8));
        hub().get("acme-hr", "/api/v1/records/" + record);
        hub().get("acme-hr", "/api/v1/records/" + record);
        assertThat(hub().get("admin", "/api/v1/admin/audit/verify").json().path("intact").asBoolean()).isTrue();
        assertThat(hub().get("tn-admin", "/api/v1/admin/audit/verify").status()).isEqualTo(403);

        long seq = jdbc.sql("select min(seq) from disclosures where action = 'VIEW' and record_ids = ?").param(record)
                .query(Long.class).single();
        jdbc.sql("update disclosures set employer_id = 'globex' where seq = ?").param(seq).update();
        try {
            JsonNode check = hub().get("admin", "/api/v1/admin/audit/verify").json();
            assertThat(check.path("intact").asBoolean()).isFalse();
            assertThat(check.path("brokenAt").asLong()).isEqualTo(seq);
            assertThat(check.path("problem").asString()).contains("entry " + seq);
        } finally {
            jdbc.sql("update disclosures set employer_id = 'acme' where seq = ?").param(seq).update();
        }
    }

    @Test
    void afterErasureNothingOfTheLearnerIsFoundAnywhere() {
        String email = "erin." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String bobs = ingest("bob@example.org", "Erase me");
        hub().post("bob", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"acme\",\"scope\":\"ALL\"}".getBytes(StandardCharsets.UTF_8));
        String documentId = jdbc.sql("select document_id from records where id = ?").param(bobs).query(String.class).single();
        String someoneElses = ingest(email, "Not bob's");

        assertThat(hub().delete("bob", "/api/v1/me").status()).isEqualTo(204);

        assertThat(hub().get("bob", "/api/v1/me/records").json().path("records")).isEmpty();
        assertThat(hub().get("tn-admin", "/api/v1/records/" + bobs).status()).isEqualTo(404);
        assertThat(hub().get("acme-hr", "/api/v1/records/" + bobs).status()).isEqualTo(404);
        assertThat(hub().get("tn-admin", "/api/v1/documents/" + documentId).status()).isEqualTo(404);
        assertThat(search("acme-hr").path("total").asLong()).isZero();
        assertThat(index.holdsTerm("id", bobs)).as("bob's entry is gone from the index files").isFalse();
        assertThat(jdbc.sql("select count(*) from learner_emails where email = 'bob@example.org'").query(Long.class).single())
                .isZero();
        assertThat(hub().get("tn-admin", "/api/v1/records/" + someoneElses).status()).isEqualTo(200);
        assertThat(hub().get("admin", "/api/v1/admin/audit/verify").json().path("intact").asBoolean()).isTrue();
    }

    /** Tests share one hub: each leaves no live grant behind. */
    @AfterEach
    void revokeEverything() {
        revokeAllGrants();
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.path("hits").forEach(hit -> ids.add(hit.path("recordId").asString()));
        return ids;
    }
}
