package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.Sha256;

/** RDFC-1.0 canonicalisation against the N-Quads published with the Open Badges 3.0 test vector. */
class JsonLdCanonicalizerTest {

    private static final String VECTOR = "obv3/1edtech-spec/ob_v3p0_linked_data_proof_test_vector.json";

    private final JsonLdCanonicalizer canonicalizer = new JsonLdCanonicalizer(new BundledContexts(),
            Duration.ofSeconds(5));

    @Test
    void theCredentialCanonicalisesToThePublishedDocumentNQuads() throws Exception {
        JsonObject credential = StrictJson.parseObject(Vectors.text(VECTOR), "vector");

        String canonical = canonicalizer.canonicalize(Json.createObjectBuilder(credential).remove("proof").build());

        assertThat(canonical).isEqualTo(Vectors.text("vc-vectors/1edtech-obv3p0/document-canon.txt"));
        assertThat(Sha256.hex(canonical)).isEqualTo("87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773");
    }

    @Test
    void theProofConfigurationCanonicalisesToThePublishedProofNQuads() throws Exception {
        JsonObject credential = StrictJson.parseObject(Vectors.text(VECTOR), "vector");
        JsonObject configuration = Json.createObjectBuilder(credential.getJsonObject("proof")).remove("proofValue")
                .add("@context", credential.get("@context")).build();

        String canonical = canonicalizer.canonicalize(configuration);

        assertThat(Sha256.hex(canonical)).isEqualTo("d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19");
        assertThat(canonical).isEqualTo(Vectors.text("vc-vectors/1edtech-obv3p0/proof-canon.txt"));
    }

    @Test
    void documentsCanonicaliseAsTitaniumExpandsThemWholeWhetherTheirContextIsKeptOrNot() throws Exception {
        JsonObject credential = StrictJson.parseObject(Vectors.text(VECTOR), "vector");
        JsonObject unsigned = Json.createObjectBuilder(credential).remove("proof").build();
        JsonObject configuration = Json.createObjectBuilder(credential.getJsonObject("proof")).remove("proofValue")
                .add("@context", credential.get("@context")).build();
        JsonObject inline = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add(Json.createObjectBuilder().add("note", "https://example.org/vocab#note")))
                .add("type", "VerifiableCredential").add("note", "inline term").build();
        // a context that does not propagate: titanium undoes it at nested nodes, so it is not processed ahead
        JsonObject notPropagated = Json.createObjectBuilder()
                .add("@context", Json.createObjectBuilder().add("@propagate", false)
                        .add("@vocab", "https://example.org/outer#"))
                .add("name", "outer")
                .add("https://example.org/outer#child", Json.createObjectBuilder()
                        .add("@context", Json.createObjectBuilder().add("@vocab", "https://example.org/inner#"))
                        .add("name", "inner")).build();
        JsonObject graphOnly = Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/credentials/v2")
                .add("@graph", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "urn:example:1").add("type", "VerifiableCredential"))).build();

        for (JsonObject document : List.of(unsigned, configuration, inline, notPropagated, graphOnly, unsigned)) {
            assertThat(canonicalizer.canonicalize(document)).isEqualTo(titaniumAlone(document));
        }
    }

    @Test
    void theTimeLimitHoldsWhenTheContextWasProcessedBefore() throws Exception {
        JsonLdCanonicalizer noTime = new JsonLdCanonicalizer(new BundledContexts(), Duration.ZERO);
        JsonObject credential = StrictJson.parseObject(Vectors.text(VECTOR), "vector");

        for (int call = 0; call < 2; call++) {
            assertThatThrownBy(() -> noTime.canonicalize(credential))
                    .isInstanceOf(VerificationFailure.class)
                    .hasMessageContaining("too complex to process within 0 ms");
        }
    }

    /** The limit counts from each call: a runtime shared with the kept context must not count from its first use. */
    @Test
    void eachCallHasTheWholeTimeLimit() throws Exception {
        Duration limit = Duration.ofSeconds(3);
        JsonLdCanonicalizer timed = new JsonLdCanonicalizer(new BundledContexts(), limit);
        JsonObject credential = StrictJson.parseObject(Vectors.text(VECTOR), "vector");
        String first = timed.canonicalize(credential);

        Thread.sleep(limit.plusMillis(200).toMillis());

        assertThat(timed.canonicalize(credential)).isEqualTo(first);
    }

    @Test
    void anUndefinedPropertyIsASafeModeError() {
        JsonObject credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1"))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("unsignedExtra", "injected").build();

        assertThatThrownBy(() -> canonicalizer.canonicalize(credential))
                .isInstanceOf(VerificationFailure.class)
                .satisfies(e -> assertThat(((VerificationFailure) e).check()).isEqualTo("json-ld safe mode"))
                .hasMessageContaining("unsignedExtra");
    }

    @Test
    void anUndefinedTypeIsASafeModeError() {
        JsonObject credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1"))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("MadeUpCredential")).build();

        assertThatThrownBy(() -> canonicalizer.canonicalize(credential))
                .isInstanceOf(VerificationFailure.class)
                .hasMessageContaining("\"MadeUpCredential\" is not defined");
    }

    @Test
    void anUnknownContextIsRefusedWithoutFetchingIt() {
        JsonObject credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add("https://example.org/contexts/unknown.jsonld"))
                .add("type", "VerifiableCredential").build();

        assertThatThrownBy(() -> canonicalizer.canonicalize(credential))
                .isInstanceOf(VerificationFailure.class)
                .satisfies(e -> assertThat(((VerificationFailure) e).check()).isEqualTo("json-ld contexts"))
                .hasMessageContaining("context https://example.org/contexts/unknown.jsonld is not bundled");
    }

    /** The canonical form through titanium's public API alone: expansion and RDF in one, every context processed. */
    private static String titaniumAlone(JsonObject document) throws Exception {
        JsonLdOptions options = new JsonLdOptions(new BundledContexts());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        Rdfc10 canonicalization = new Rdfc10();
        JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canonicalization);
        return canonicalization.canonicalNQuads(5_000);
    }
}
