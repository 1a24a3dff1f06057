package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A learner sees exactly the records about them. */
class LearnerRecordsTest extends HubTest {

    private static final String BADGE_FOR_ALICE = """
            {
              "@context": ["https://www.w3.org/ns/credentials/v2",
                           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
              "id": "urn:uuid:6f1e5a0e-learner-records-test",
              "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "issuer": {"id": "https://badges.example.edu/issuers/1", "type": ["Profile"], "name": "Example College"},
              "validFrom": "2026-01-15T00:00:00Z",
              "name": "Forklift Safety",
              "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": false,
                                "identityHash": "alice@example.org"}],
                "achievement": {
                  "id": "https://badges.example.edu/achievements/forklift",
                  "type": ["Achievement"], "achievementType": "Badge",
                  "name": "Forklift Safety", "description": "Operates a forklift safely.",
                  "criteria": {"narrative": "Passed the practical exam."}
                }
              }
            }""";

    @Test
    void aDocumentForAliceAppearsInHerRecordsAndNotInBobs() {
        HubClient.Response created = hub().post("tn-admin", "/api/v1/documents", "application/json",
                BADGE_FOR_ALICE.getBytes(StandardCharsets.UTF_8));
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
