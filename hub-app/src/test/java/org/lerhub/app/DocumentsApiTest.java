package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.lerhub.mappings.GoldenFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Acceptance of the foundation over HTTP: corpus samples in, records out, matching their golden files. */
class DocumentsApiTest extends HubTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("pesc-college-transcript", "pesc/SampleCollegeTranscript.xml", "application/xml", "NO_PROOF"),
                Arguments.of("pesc-college-transcript", "pesc/college-transcript.xml", "application/xml", "NO_PROOF"),
                Arguments.of("pesc-college-transcript", "pesc/canpesc/ON_College_CollegeTranscript.xml", "text/xml", "NO_PROOF"),
                Arguments.of("pesc-college-transcript", "pesc/canpesc/NS_University_UniversityTranscript1.xml", "application/xml", "NO_PROOF"),
                Arguments.of("ob3", "obv3/1edtech-spec/ob_v3p0_linked_data_proof_test_vector.json", "application/json", "VERIFIED"),
                Arguments.of("ob3", "obv3/1edtech-validator/simple.json", "application/json", "VERIFIED"),
                Arguments.of("ob3", "obv3/1edtech-validator/complete.json", "application/json", "VERIFIED"),
                Arguments.of("ob3", "obv3/1edtech-validator/simple-eddsa-2022.json", "application/json", "VERIFIED"),
                Arguments.of("ob3", "obv3/1edtech-validator/simple-err-expired.json", "application/json", "EXPIRED"),
                Arguments.of("ob3", "obv3/1edtech-validator/simple-err-proof-value.json", "application/json", "INVALID"),
                Arguments.of("ob3", "obv3/1edtech-validator/bit-string-list/credential-status-revoked.json", "application/json", "VERIFIED"),
                Arguments.of("ob3", "obv3/dcc/ed25519-legacy-noStatus-noExpiry.json", "application/json", "VERIFIED"),
                Arguments.of("ob3", "obv3/dcc/ed25519-legacy-noStatus-noExpiry-tampered.json", "application/json", "INVALID"),
                Arguments.of("ob3", "obv3/dcc/eddsa-legacyRegistry-noStatus-noExpiry-alignments.json", "application/json", "VERIFIED"),
                Arguments.of("ob3", "obv3/dcc/eddsa-noRegsitry-revokedStatus-notExpired.json", "application/json", "VERIFIED"),
                Arguments.of("clr2", "clr2/1edtech-spec/clr_v2p0_linked_data_proof_test_vector.json", "application/json", "VERIFIED"),
                Arguments.of("clr2", "clr2/1edtech-validator/simple.json", "application/json", "VERIFIED"),
                Arguments.of("clr2", "clr2/1edtech-validator/complex.json", "application/json", "INVALID"),
                Arguments.of("clr2", "clr2/1edtech-validator/simple.jwt", "application/vc+jwt", "VERIFIED"),
                // the résumé builder's RsaSignature2018 is not checked; the embedded badge fails safe mode offline
                Arguments.of("ler-rs", "ler-rs/LER-RS_V2_UC008_portability.json", "application/json", "INVALID"),
                Arguments.of("ler-rs", "ler-rs/LER-RS_V2_UC010_applying.json", "application/json", "INVALID"),
                Arguments.of("ler-rs", "ler-rs/LER-RS_V2_VCwrapper.json", "application/json", "NO_PROOF"),
                Arguments.of("pesc-high-school-transcript", "pesc/canpesc/ON_HighSchool_HighSchoolTranscript.xml", "application/xml", "NO_PROOF"),
                Arguments.of("pesc-academic-record-batch", "pesc/canpesc/NS_HighSchool_HighSchoolTranscript2.xml", "application/xml", "NO_PROOF"),
                Arguments.of("json-resume", "jsonresume/sample.resume.json", "application/json", "NO_PROOF"),
                Arguments.of("hr-csv", "hr-csv/workday-worker-history.csv", "text/csv; profile=workday-worker-history", "NO_PROOF"),
                Arguments.of("hr-csv", "hr-csv/adp-employee-export.csv", "text/csv; profile=adp-employee-export", "NO_PROOF"));
    }

    @ParameterizedTest(name = "{1} is {3}")
    @MethodSource("samples")
    void everySampleIngestsIntoRecordsMatchingItsGoldenFile(String format, String sample, String contentType,
                                                            String verification) {
        byte[] content = GoldenFiles.bytes("corpus/" + sample);

        HubClient.Response created = hub().post("tn-admin", "/api/v1/documents", contentType, content);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode document = created.json();
        assertThat(document.path("status").asString()).isEqualTo("STORED");
        assertThat(document.path("format").asString()).isEqualTo(format);
        // offline and on today's clock, as the corpus's PROVENANCE.md expects (status lists cannot be fetched offline)
        assertThat(document.path("verification").path("status").asString()).isEqualTo(verification);

        List<JsonNode> records = new ArrayList<>();
        for (JsonNode id : document.path("recordIds")) {
            HubClient.Response record = hub().get("tn-admin", "/api/v1/records/" + id.asString());
            assertThat(record.status()).isEqualTo(200);
            records.add(record.json());
        }
        Schema schema = recordSchema();
        for (JsonNode record : records) {
            assertThat(schema.validate(record)).as("record %s against the published schema", record.path("id")).isEmpty();
            assertThat(record.at("/provenance/documentId").asString()).isEqualTo(document.path("documentId").asString());
            assertThat(record.at("/provenance/agencyId").asString()).isEqualTo("tn");
            assertThat(record.at("/subject/learnerId").asString()).isNotBlank();
            if (!record.at("/verification/status").asString().equals("VERIFIED")) {
                assertThat(record.at("/provenance/trust").asString()).as("an unverified signature is not issuer-signed")
                        .isNotEqualTo("ISSUER_SIGNED");
            }
        }
        String golden = new String(GoldenFiles.bytes("golden/" + format + "/" + fileName(sample) + ".expected.json"),
                StandardCharsets.UTF_8);
        assertThat(withoutPipelineFields(records)).isEqualTo(withoutPipelineFields(HubClient.JSON.readTree(golden)));

        HubClient.Response again = hub().post("tn-admin", "/api/v1/documents", contentType, content);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("documentId")).isEqualTo(document.path("documentId"));
        assertThat(again.json().path("recordIds")).isEqualTo(document.path("recordIds"));

        HubClient.Response original = hub().get("tn-admin", "/api/v1/documents/" + document.path("documentId").asString() + "/original");
        assertThat(original.body()).isEqualTo(content);
    }

    @Test
    void aBadgeThatSaysNothingWasAchievedIsADeadLetterWithTheReason() {
        // the corpus's "not yet valid" sample has no achievement at all
        byte[] content = GoldenFiles.bytes("corpus/obv3/1edtech-validator/simple-err-issued.json");
        HubClient.Response response = hub().post("tn-admin", "/api/v1/documents", "application/json", content);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").asString()).contains("achievement");
        assertThat(response.json().path("stage").asString()).isEqualTo("MAP");
        HubClient.Response again = hub().post("tn-admin", "/api/v1/documents", "application/json", content);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("documentId")).isEqualTo(response.json().path("documentId"));
    }

    @Test
    void anotherAgencyCannotSeeTheDocumentOrItsRecords() {
        byte[] content = GoldenFiles.bytes("corpus/obv3/1edtech-validator/simple.json");
        assertThat(hub().post("in-admin", "/api/v1/connectors", "application/json",
                "{\"id\":\"in-badges\",\"name\":\"Badges\",\"kind\":\"upload\"}".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(201);
        assertThat(hub().post("tn-admin", "/api/v1/documents?connector=in-badges", "application/json", content).status())
                .as("an agency cannot upload through another agency's connector").isEqualTo(404);
        JsonNode document = hub().post("in-admin", "/api/v1/documents?connector=in-badges", "application/json", content).json();
        String id = document.path("documentId").asString();

        HubClient.Response asOtherAgency = hub().get("tn-admin", "/api/v1/documents/" + id);
        assertThat(asOtherAgency.status()).isEqualTo(404);
        assertThat(asOtherAgency.contentType()).startsWith("application/problem+json");
        assertThat(hub().get("tn-admin", "/api/v1/documents/" + id + "/original").status()).isEqualTo(404);
        assertThat(hub().get("tn-admin", "/api/v1/records/" + document.path("recordIds").get(0).asString()).status())
                .isEqualTo(404);
        HubClient.Response own = hub().get("in-admin", "/api/v1/documents/" + id);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().at("/received/connector").asString()).isEqualTo("in-badges");
    }

    @Test
    void learnersAndEmployersCannotIngest() {
        byte[] content = GoldenFiles.bytes("corpus/obv3/1edtech-validator/simple.json");
        assertThat(hub().post("alice", "/api/v1/documents", "application/json", content).status()).isEqualTo(403);
        assertThat(hub().post("acme-hr", "/api/v1/documents", "application/json", content).status()).isEqualTo(403);
        HubClient.Response anonymous = hub().post(null, "/api/v1/documents", "application/json", content);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSchemaIsPublished() {
        HubClient.Response schema = hub().get(null, "/api/v1/schema/ler-record");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.json().path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private Schema recordSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(hub().get(null, "/api/v1/schema/ler-record").text(), com.networknt.schema.InputFormat.JSON);
    }

    private static String fileName(String sample) {
        return sample.substring(sample.lastIndexOf('/') + 1);
    }

    /**
     * The golden files hold what the mapper says; the pipeline adds ids, the learner, the document side of
     * provenance, the trust after verification and the verification itself. Those are asserted above.
     */
    static JsonNode withoutPipelineFields(Iterable<JsonNode> records) {
        ArrayNode out = HubClient.JSON.createArrayNode();
        for (JsonNode record : records) {
            ObjectNode copy = (ObjectNode) record.deepCopy();
            copy.remove(List.of("id", "verification"));
            if (copy.get("subject") instanceof ObjectNode subject) {
                subject.remove("learnerId");
            }
            if (copy.get("provenance") instanceof ObjectNode provenance) {
                provenance.remove(List.of("connectorId", "agencyId", "documentId", "sha256", "receivedAt", "trust"));
            }
            out.add(copy);
        }
        return out;
    }
}
