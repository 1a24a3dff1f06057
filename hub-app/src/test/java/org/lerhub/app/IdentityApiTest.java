package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lerhub.mappings.GoldenFiles;
import tools.jackson.databind.JsonNode;

/** Claim codes and the identity review queue over HTTP. */
class IdentityApiTest extends HubTest {

    @Test
    void aLearnerClaimsADocumentsRecordsWithTheCodeItsAgencyIssued() {
        String transcript = new String(GoldenFiles.bytes("corpus/pesc/canpesc/ON_College_CollegeTranscript.xml"),
                StandardCharsets.UTF_8).replace("123456789123456789", UUID.randomUUID().toString());
        JsonNode document = hub().post("tn-admin", "/api/v1/documents", "application/xml",
                transcript.getBytes(StandardCharsets.UTF_8)).json();
        String documentId = document.path("documentId").asString();

        assertThat(hub().post("in-admin", "/api/v1/documents/" + documentId + "/claim-codes", "application/json",
                new byte[0]).status()).as("another agency cannot issue codes for it").isEqualTo(404);
        HubClient.Response issued = hub().post("tn-admin", "/api/v1/documents/" + documentId + "/claim-codes",
                "application/json", new byte[0]);
        assertThat(issued.status()).isEqualTo(201);
        String code = issued.json().path("code").asString();

        byte[] claim = ("{\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        HubClient.Response claimed = hub().post("alice", "/api/v1/me/claims", "application/json", claim);
        assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
        assertThat(claimed.json().path("recordIds")).isEqualTo(document.path("recordIds"));
        String first = document.path("recordIds").get(0).asString();
        assertThat(hub().get("alice", "/api/v1/records/" + first).status()).isEqualTo(200);

        HubClient.Response again = hub().post("bob", "/api/v1/me/claims", "application/json", claim);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("detail").asString()).contains("unknown, used or expired");
        assertThat(hub().get("bob", "/api/v1/records/" + first).status()).isEqualTo(404);
    }

    @Test
    void onlyHubAdminsSeeTheReviewQueue() {
        assertThat(hub().get("admin", "/api/v1/admin/identity-reviews").status()).isEqualTo(200);
        assertThat(hub().get("tn-admin", "/api/v1/admin/identity-reviews").status()).isEqualTo(403);
        assertThat(hub().post("admin", "/api/v1/admin/identity-reviews/" + UUID.randomUUID() + "/resolve",
                "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }
}
