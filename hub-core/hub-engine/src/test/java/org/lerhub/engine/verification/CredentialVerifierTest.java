package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MutableClock;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SignedPart;
import org.lerhub.schema.Check;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.TrustLevel;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/** How findings add up for JSON-LD credentials: offline behaviour, safe mode, proof sets, dates, reports. */
class CredentialVerifierTest {

    private static final String LD = "application/vc+ld+json";

    private final Vectors.Documents documents = new Vectors.Documents();
    private final CredentialVerifier verifier = new CredentialVerifier(new MutableClock(CorpusVectorsTest.NOW),
            documents, new BundledContexts(), BundledSchemas.shared(), VerificationProperties.DEFAULTS);

    @Test
    void offlineTheStatusListIsNotFetchedAndTheCheckSaysSo() {
        CredentialVerifier offline = CredentialVerifier.offline(new MutableClock(CorpusVectorsTest.NOW));

        Verification verification = offline.verify(LD,
                Vectors.text("obv3/1edtech-validator/bit-string-list/credential-status-revoked.json"));

        assertThat(verification.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(check(verification, "status")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.SKIPPED);
            assertThat(c.reason()).contains("was not fetched: network lookups are off");
        });
    }

    @Test
    void anUnknownContextMakesTheCredentialInvalidWithoutAnyLookup() {
        String credential = Vectors.text("obv3/1edtech-validator/simple.json")
                .replace("\"https://www.w3.org/ns/credentials/v2\",",
                        "\"https://www.w3.org/ns/credentials/v2\", \"https://contexts.example.org/badges/extra.jsonld\",");

        Verification verification = verifier.verify(LD, credential);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(check(verification, "json-ld contexts")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.FAILED);
            assertThat(c.reason()).startsWith("context https://contexts.example.org/badges/extra.jsonld is not bundled");
        });
        assertThat(documents.requested).isEmpty();
    }

    @Test
    void aPropertyNoContextDefinesIsASafeModeFailureNotASilentDrop() {
        // VCDM 1.1 has no catch-all vocabulary, so an undefined term would vanish from what the signature covers
        String credential = Vectors.text("obv3/1edtech-validator/simple-eddsa-2022.json")
                .replace("\"name\": \"Some name\",", "\"name\": \"Some name\", \"grade\": \"A+\",");

        Verification verification = verifier.verify(LD, credential);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(check(verification, "json-ld safe mode")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.FAILED);
            assertThat(c.reason()).contains("grade");
        });
    }

    @Test
    void anExpiredCredentialStillShowsItsValidSignature() {
        Verification verification = verifier.verify(LD, Vectors.text("obv3/1edtech-validator/simple-err-expired.json"));

        assertThat(verification.status()).isEqualTo(VerificationStatus.EXPIRED);
        assertThat(check(verification, "proof[0] eddsa-rdfc-2022").outcome()).isEqualTo(Check.Outcome.PASSED);
    }

    @Test
    void everyProofOfAProofSetIsChecked() throws Exception {
        JsonObject simple = StrictJson.parseObject(Vectors.text("obv3/1edtech-validator/simple.json"), "simple");
        JsonObject twoValid = new TestSigner().sign(simple, TestSigner.DID_KEY_METHOD);
        JsonObject secondBroken = Json.createObjectBuilder(twoValid).add("proof", Json.createArrayBuilder()
                .add(twoValid.getJsonArray("proof").get(0))
                .add(Json.createObjectBuilder(twoValid.getJsonArray("proof").getJsonObject(1))
                        .add("created", "2025-06-02T00:00:00Z"))).build();
        JsonObject secondUnsupported = Json.createObjectBuilder(twoValid).add("proof", Json.createArrayBuilder()
                .add(twoValid.getJsonArray("proof").get(0))
                .add(Json.createObjectBuilder().add("type", "RsaSignature2018").add("proofPurpose", "assertionMethod")
                        .add("verificationMethod", "https://example.com/keys/1").add("jws", "e30..e30"))).build();

        Verification valid = verifier.verify(LD, twoValid.toString());
        Verification broken = verifier.verify(LD, secondBroken.toString());
        Verification unsupported = verifier.verify(LD, secondUnsupported.toString());

        assertThat(valid.status()).as(CorpusVectorsTest.describe(valid)).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(check(valid, "proof[1] eddsa-rdfc-2022").outcome()).isEqualTo(Check.Outcome.PASSED);
        assertThat(broken.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(check(broken, "proof[1] eddsa-rdfc-2022").reason()).contains("changed after signing");
        assertThat(unsupported.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(check(unsupported, "proof[1] RsaSignature2018")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.SKIPPED);
            assertThat(c.reason()).startsWith("not checked");
        });
    }

    @Test
    void aProofThatCannotBeCheckedLeavesTheCredentialWithoutProof() {
        String credential = Vectors.text("obv3/1edtech-validator/simple.json")
                .replace("\"cryptosuite\": \"eddsa-rdfc-2022\"", "\"cryptosuite\": \"ecdsa-rdfc-2019\"");

        Verification verification = verifier.verify(LD, credential);

        assertThat(verification.status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(check(verification, "proof[0] ecdsa-rdfc-2019").reason())
                .startsWith("not checked: this hub checks eddsa-rdfc-2022");
    }

    @Test
    void aDuplicatedKeyIsRefusedBecauseMapperAndVerifierCouldReadDifferentValues() {
        String credential = Vectors.text("obv3/1edtech-validator/simple.json")
                .replace("\"name\": \"Teamwork Badge\",", "\"name\": \"Teamwork Badge\", \"name\": \"Surgery License\",");

        Verification verification = verifier.verify(LD, credential);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(check(verification, "json").reason()).contains("has the key \"name\" twice");
    }

    @Test
    void theReportDecidesEachRecordByThePartsThatNameIt() {
        LerRecord unsigned = LerRecord.builder(RecordKind.ACHIEVEMENT)
                .provenance(Provenance.mapped("ler-rs", TrustLevel.SELF_ASSERTED, "e")).build();
        MappingResult mapped = new MappingResult(List.of(unsigned), List.of(), List.of(
                new SignedPart(LD, Vectors.text("obv3/1edtech-validator/simple.json"), List.of("a", "d")),
                new SignedPart(LD, Vectors.text("obv3/dcc/ed25519-legacy-noStatus-noExpiry-tampered.json"), List.of("b")),
                new SignedPart("application/pdf", "%PDF", List.of("c")),
                new SignedPart(LD, Vectors.text("obv3/dcc/ed25519-legacy-noStatus-noExpiry-tampered.json"), List.of("d"))));

        DocumentVerifier.Report report = verifier.verify(mapped, Delivery.of(new byte[0]));

        assertThat(report.forRecord("a").status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.forRecord("b").status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(report.forRecord("c").status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(report.forRecord("c").checks()).singleElement().satisfies(c -> assertThat(c.reason())
                .isEqualTo("the document carries a proof of type application/pdf that this hub does not check yet"));
        assertThat(report.document().status()).isEqualTo(VerificationStatus.INVALID);
        // a record of the document that no part names is not vouched for by the parts beside it
        assertThat(report.forRecord("e").status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(report.forRecord("e").checks()).singleElement().satisfies(c -> assertThat(c.reason())
                .isEqualTo("no proof in the document covers this record"));
        // a record named by two parts (a CLR and its nested badge) is decided by both
        assertThat(report.forRecord("d").status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(report.forRecord("d").checks()).extracting(Check::name)
                .contains("part[0] proof[0] eddsa-rdfc-2022", "part[3] proof[0] Ed25519Signature2020");
        assertThat(report.document().checks()).extracting(Check::name).contains("part[1] proof[0] Ed25519Signature2020");
    }

    @Test
    void aDocumentWithoutProofsHasNoProof() {
        DocumentVerifier.Report report = verifier.verify(new MappingResult(List.of(), List.of(), List.of()),
                Delivery.of("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(report.document().status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(report.document().checks()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("the document carries no proof"));
    }

    static Check check(Verification verification, String name) {
        return verification.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + CorpusVectorsTest.describe(verification)));
    }
}
