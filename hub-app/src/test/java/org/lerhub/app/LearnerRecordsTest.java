package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A learner sees exactly the records about them. */
class LearnerRecordsTest extends HubTest {

    @Test
    void aDocumentForAliceAppearsInHerRecordsAndNotInBobs() {
        HubClient.Response created = hub().post("tn-admin", "/api/v1/documents", "application/json",
                TestBadges.badge("alice@example.org", "Forklift Safety", "forklift"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String recordId = created.json().path("recordIds").get(0).asString();

        assertThat(recordIds(hub().get("alice", "/api/v1/me/records").json())).contains(recordId);
        assertThat(recordIds(hub().get("bob", "/api/v1/me/records").json())).doesNotContain(recordId);
        assertThat(hub().get("alice", "/api/v1/records/" + recordId).json().path("title").asString())
                .isEqualTo("Forklift Safety");
        assertThat(hub().get("bob", "/api/v1/records/" + recordId).status()).isEqualTo(404);
        assertThat(hub().get("acme-hr", "/api/v1/records/" + recordId).status()).isEqualTo(404);
    }

    @Test
    void onlyLearnersHaveOwnRecords() {
        assertThat(hub().get("acme-hr", "/api/v1/me/records").status()).isEqualTo(403);
        assertThat(hub().get(null, "/api/v1/me/records").status()).isEqualTo(401);
    }

    private static List<String> recordIds(JsonNode mine) {
        List<String> ids = new ArrayList<>();
        mine.path("records").forEach(r -> ids.add(r.path("id").asString()));
        return ids;
    }
}
