package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.engine.MutableClock;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/**
 * Every signed corpus vector gets the outcome its source states (PROVENANCE.md), offline, on 2026-01-01, with the
 * two corpus status lists served at the URLs their credentials name.
 */
class CorpusVectorsTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String LD = "application/vc+ld+json";

    private final Vectors.Documents documents = Vectors.Documents.corpusStatusLists();
    private final CredentialVerifier verifier = new CredentialVerifier(new MutableClock(NOW), documents,
            new BundledContexts(), BundledSchemas.shared(), VerificationProperties.DEFAULTS);

    /** vector, expected status, a check that must be there, its outcome, words its reason must contain */
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("obv3/1edtech-spec/ob_v3p0_linked_data_proof_test_vector.json", VerificationStatus.VERIFIED,
                        "proof[0] key controller", Check.Outcome.PASSED, "belongs to the issuer https://example.edu/issuers/565049"),
                Arguments.of("obv3/1edtech-validator/simple.json", VerificationStatus.VERIFIED,
                        "proof[0] eddsa-rdfc-2022", Check.Outcome.PASSED, "unchanged"),
                Arguments.of("obv3/1edtech-validator/simple-eddsa-2022.json", VerificationStatus.VERIFIED,
                        "proof[0] eddsa-2022", Check.Outcome.PASSED, "draft name of eddsa-rdfc-2022"),
                Arguments.of("obv3/1edtech-validator/endorsement-valid.json", VerificationStatus.VERIFIED,
                        "json-ld safe mode", Check.Outcome.PASSED, "every property"),
                // its status type and schema need the network in the 1EdTech validator; here the status is not
                // checked (and says why) and schemas are not this verifier's job
                Arguments.of("obv3/1edtech-validator/complete.json", VerificationStatus.VERIFIED,
                        "status", Check.Outcome.SKIPPED, "1EdTechRevocationList"),
                Arguments.of("obv3/1edtech-validator/simple-err-proof-value.json", VerificationStatus.INVALID,
                        "proof[0] eddsa-rdfc-2022", Check.Outcome.FAILED, "changed after signing"),
                Arguments.of("obv3/1edtech-validator/simple-err-expired.json", VerificationStatus.EXPIRED,
                        "validity period", Check.Outcome.FAILED, "expired on 2010-01-01T00:00:00Z"),
                Arguments.of("obv3/1edtech-validator/simple-err-issued.json", VerificationStatus.NOT_YET_VALID,
                        "validity period", Check.Outcome.FAILED, "not valid before 2040"),
                Arguments.of("obv3/1edtech-validator/bit-string-list/credential-status-revoked.json",
                        VerificationStatus.REVOKED, "status", Check.Outcome.FAILED, "entry 23 of the status list"),
                Arguments.of("obv3/1edtech-validator/bit-string-list/testlist.json", VerificationStatus.VERIFIED,
                        "proof[0] eddsa-rdfc-2022", Check.Outcome.PASSED, "unchanged"),
                Arguments.of("obv3/dcc/ed25519-legacy-noStatus-noExpiry.json", VerificationStatus.VERIFIED,
                        "proof[0] Ed25519Signature2020", Check.Outcome.PASSED, "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"),
                Arguments.of("obv3/dcc/ed25519-legacy-noStatus-noExpiry-tampered.json", VerificationStatus.INVALID,
                        "proof[0] Ed25519Signature2020", Check.Outcome.FAILED, "changed after signing"),
                Arguments.of("obv3/dcc/eddsa-legacyRegistry-noStatus-noExpiry-alignments.json", VerificationStatus.VERIFIED,
                        "proof[0] key controller", Check.Outcome.PASSED, "belongs to the issuer did:key:"),
                Arguments.of("obv3/dcc/eddsa-noRegsitry-revokedStatus-notExpired.json", VerificationStatus.REVOKED,
                        "status", Check.Outcome.FAILED, "entry 8 of the status list"),
                Arguments.of("obv3/dcc/statusList-e5WK8CbZ1GjycuPombrj.json", VerificationStatus.VERIFIED,
                        "proof[0] Ed25519Signature2020", Check.Outcome.PASSED, "unchanged"),
                Arguments.of("clr2/1edtech-spec/clr_v2p0_linked_data_proof_test_vector.json", VerificationStatus.VERIFIED,
                        "proof[0] eddsa-rdfc-2022", Check.Outcome.PASSED, "unchanged"),
                Arguments.of("clr2/1edtech-validator/simple.json", VerificationStatus.VERIFIED,
                        "proof[0] eddsa-rdfc-2022", Check.Outcome.PASSED, "unchanged"),
                // the signature is good, but the key is a did:key and the issuer a urn:uuid, which no document can
                // tie to that key
                Arguments.of("clr2/1edtech-validator/complex.json", VerificationStatus.INVALID,
                        "proof[0] key controller", Check.Outcome.FAILED, "not to the issuer urn:uuid:4ca4a241"),
                // W3C vectors: the issuer is an https URL whose document could list the did:key; offline it is
                // not read, so that check is skipped with its reason
                Arguments.of("vc-vectors/w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json", VerificationStatus.VERIFIED,
                        "proof[0] key controller", Check.Outcome.SKIPPED, "was not fetched"),
                Arguments.of("vc-vectors/w3c-vc-di-eddsa/Ed25519Signature2020/signedEdSig.json", VerificationStatus.VERIFIED,
                        "proof[0] Ed25519Signature2020", Check.Outcome.PASSED, "unchanged"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("vectors")
    void everyVectorGetsItsStatedOutcome(String vector, VerificationStatus expected, String check,
                                         Check.Outcome outcome, String reason) {
        Verification verification = verifier.verify(LD, Vectors.text(vector));

        assertThat(verification.status()).as(describe(verification)).isEqualTo(expected);
        assertThat(verification.issuerTrusted()).isFalse();
        assertThat(verification.checkedAt()).isEqualTo(NOW);
        assertThat(verification.checks()).as(describe(verification))
                .anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo(check);
                    assertThat(c.outcome()).isEqualTo(outcome);
                    assertThat(c.reason()).contains(reason);
                });
    }

    static String describe(Verification verification) {
        StringBuilder out = new StringBuilder(String.valueOf(verification.status()));
        verification.checks().forEach(c -> out.append("\n  ").append(c.name()).append(" ").append(c.outcome())
                .append(": ").append(c.reason()));
        return out.toString();
    }
}
