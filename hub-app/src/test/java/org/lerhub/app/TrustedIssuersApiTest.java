package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lerhub.mappings.GoldenFiles;
import tools.jackson.databind.JsonNode;

/** An agency's issuer trust list decides {@code issuerTrusted} for what it ingests, and no one else's. */
class TrustedIssuersApiTest extends HubTest {

    private static final String ISSUER = "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q";

    @Test
    void aTrustedIssuersVerifiedBadgeSaysSoOnlyForTheAgencyThatTrustsIt() {
        HubClient.Response added = hub().post("in-admin", "/api/v1/trusted-issuers", "application/json",
                ("{\"issuer\":\"" + ISSUER + "\",\"name\":\"Example University\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(hub().get("tn-admin", "/api/v1/trusted-issuers").json().findValuesAsString("issuerId")).doesNotContain(ISSUER);

        byte[] badge = GoldenFiles.bytes("corpus/obv3/dcc/eddsa-legacyRegistry-noStatus-noExpiry-alignments.json");
        JsonNode trusting = hub().post("in-admin", "/api/v1/documents", "application/json", badge).json();
        assertThat(trusting.at("/verification/status").asString()).isEqualTo("VERIFIED");
        assertThat(trusting.at("/verification/issuerTrusted").asBoolean()).isTrue();
        JsonNode record = hub().get("in-admin", "/api/v1/records/" + trusting.path("recordIds").get(0).asString()).json();
        assertThat(record.at("/verification/issuerTrusted").asBoolean()).isTrue();
        assertThat(record.at("/provenance/trust").asString()).isEqualTo("ISSUER_SIGNED");

        assertThat(hub().delete("tn-admin", "/api/v1/trusted-issuers?issuer=" + ISSUER).status())
                .as("another agency cannot touch the list").isEqualTo(404);
        assertThat(hub().delete("in-admin", "/api/v1/trusted-issuers?issuer=" + ISSUER).status()).isEqualTo(204);
        assertThat(hub().get("alice", "/api/v1/trusted-issuers").status()).isEqualTo(403);
    }
}
