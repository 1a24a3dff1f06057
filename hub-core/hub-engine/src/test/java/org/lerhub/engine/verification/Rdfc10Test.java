package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.rdf.nquads.NQuadsReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link Rdfc10} against the reference implementation ({@code rdf-canonize} 3.4, as jsonld.js 8.3 uses it): its
 * output for 200 seeded random datasets full of symmetric blank nodes (half with named graphs) and for the corpus'
 * {@code complete.json} (four endorsements with identical proofs). Fixtures and their generator:
 * {@code src/test/resources/vectors/rdfc/}.
 */
class Rdfc10Test {

    private static final long LIMIT = 5_000;

    @Test
    void matchesTheReferenceImplementationOnRandomDatasets() throws Exception {
        JsonArray cases = (JsonArray) StrictJson.parse(Vectors.text("rdfc/reference-cases.json"), "cases");

        for (JsonObject testCase : cases.getValuesAs(JsonObject.class)) {
            Rdfc10 canonicalization = new Rdfc10();
            new NQuadsReader(new StringReader(testCase.getString("input"))).provide(canonicalization);

            assertThat(canonicalization.canonicalNQuads(LIMIT)).as(testCase.getString("input"))
                    .isEqualTo(testCase.getString("expected"));
        }
    }

    @Test
    void canonicalisesCompleteJsonAsTheReferenceDoes() throws Exception {
        JsonObject credential = StrictJson.parseObject(Vectors.text("obv3/1edtech-validator/complete.json"), "v");
        JsonObject unsigned = Json.createObjectBuilder(credential).remove("proof").build();
        String reference = Vectors.text("rdfc/complete-canon.nq");

        String ours = new JsonLdCanonicalizer(new BundledContexts(), Duration.ofSeconds(5)).canonicalize(unsigned);

        assertThat(ours).isEqualTo(reference);
    }

    @Test
    void aPoisonGraphStopsAtTheTimeLimit() {
        // two large cliques of indistinguishable blank nodes: Hash N-Degree Quads explores every permutation
        Rdfc10 canonicalization = new Rdfc10();
        for (int a = 0; a < 9; a++) {
            for (int b = 0; b < 9; b++) {
                if (a != b) {
                    canonicalization.quad("_:x" + a, "http://example.org/p", "_:x" + b, null, null, null, null);
                    canonicalization.quad("_:y" + a, "http://example.org/p", "_:y" + b, null, null, null, null);
                }
            }
        }

        assertThatThrownBy(() -> canonicalization.canonicalNQuads(200)).isInstanceOf(IllegalStateException.class);
    }
}
