package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.engine.MutableClock;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/**
 * The Open Badges 2.0 corpus vectors (vectors/ob2, from the 1EdTech validator's {@code OB20Tests}) get the outcomes
 * their source states, with their linked documents served the way the validator's tests serve them: any http(s)
 * URL answers with {@code assets/<its last path segment>}.
 */
class OpenBadges2Test {

    private static final String SIGNED = OpenBadges2Verifier.SIGNED;
    private static final String HOSTED = OpenBadges2Verifier.HOSTED;
    private static final String HOSTED_ID = "https://example.org/beths-robotics-badge.json";

    private final Assets assets = new Assets().with(HOSTED_ID, Vectors.text("ob2/basic-assertion.json"));

    /** vector, expected status, a check that must be there, its outcome, words its reason must contain */
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("simple.jwt", SIGNED, VerificationStatus.VERIFIED,
                        "key controller", Check.Outcome.PASSED, "belongs to the issuer https://example.org/organization.json"),
                Arguments.of("simple-revoked.jwt", SIGNED, VerificationStatus.REVOKED,
                        "status", Check.Outcome.FAILED, "A good reason, for sure"),
                Arguments.of("basic-assertion.json", HOSTED, VerificationStatus.VERIFIED,
                        "ob2 hosted origin", Check.Outcome.PASSED, "the host of the issuer id"),
                Arguments.of("basic-assertion-expired.json", HOSTED, VerificationStatus.EXPIRED,
                        "validity period", Check.Outcome.FAILED, "expired on 2022-11-15T23:59:59Z (expires)"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("vectors")
    void everyVectorGetsItsStatedOutcome(String vector, String mediaType, VerificationStatus expected, String check,
                                         Check.Outcome outcome, String reason) {
        String text = Vectors.text("ob2/" + vector);
        // a hosted assertion is compared with what its id serves: the issuer serves the copy it issued
        assets.with(HOSTED_ID, text);

        Verification verification = verifier(assets).verify(mediaType, text);

        assertThat(verification.status()).as(CorpusVectorsTest.describe(verification)).isEqualTo(expected);
        assertThat(verification.checks()).as(CorpusVectorsTest.describe(verification))
                .anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo(check);
                    assertThat(c.outcome()).isEqualTo(outcome);
                    assertThat(c.reason()).contains(reason);
                });
    }

    @Test
    void aChangedSignedAssertionIsInvalid() {
        String[] token = Vectors.text("ob2/simple.jwt").strip().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(token[1]), StandardCharsets.UTF_8)
                .replace("2016-12-31T23:59:59Z", "2015-12-31T23:59:59Z");
        String tampered = token[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + token[2];

        Verification verification = verifier(assets).verify(SIGNED, tampered);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(verification.checks()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("ob2 signature");
            assertThat(c.reason()).contains("changed after signing");
        });
    }

    @Test
    void unsecuredAndSharedSecretTokensAreInvalid() throws Exception {
        String payload = Vectors.text("ob2/simple.jwt").strip().split("\\.")[1];
        String unsecured = Base64URL.encode("{\"alg\":\"none\"}") + "." + payload + ".";
        // key confusion: the issuer's RSA public key (key1.json, which anyone can fetch) as the HMAC secret
        JWSObject confused = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Base64URL.from(payload)));
        confused.sign(new MACSigner(Vectors.text("ob2/assets/key1.json").getBytes(StandardCharsets.UTF_8)));

        for (String token : List.of(unsecured, confused.serialize())) {
            Verification verification = verifier(assets).verify(SIGNED, token);

            assertThat(verification.status()).as(CorpusVectorsTest.describe(verification))
                    .isEqualTo(VerificationStatus.INVALID);
            assertThat(verification.checks()).anySatisfy(c -> {
                assertThat(c.name()).isEqualTo("ob2 signature");
                assertThat(c.reason()).containsAnyOf("unsecured (alg none)", "HS256, a shared secret");
            });
        }
    }

    @Test
    void aKeyOwnedByAnotherIssuerIsInvalid() {
        // key3 verifies simple-revoked.jwt, but belongs to the revocation-list issuer, not robotics-badge's
        String token = Vectors.text("ob2/simple-revoked.jwt");
        assets.with("https://example.org/badge-from-organization-with-revocation-list.json",
                Vectors.text("ob2/assets/robotics-badge.json"));

        Verification verification = verifier(assets).verify(SIGNED, token);

        assertThat(verification.status()).as(CorpusVectorsTest.describe(verification))
                .isEqualTo(VerificationStatus.INVALID);
        assertThat(verification.checks()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("key controller");
            assertThat(c.reason()).contains("not to the badge's issuer https://example.org/organization.json");
        });
    }

    @Test
    void aHostedCopyThatDiffersFromTheSubmittedOneIsInvalid() {
        String submitted = Vectors.text("ob2/basic-assertion.json").replace("beths-robot-work", "someone-elses-work");

        Verification verification = verifier(assets).verify(HOSTED, submitted);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(verification.checks()).anySatisfy(c -> assertThat(c.reason()).contains("differs from the one"
                + " submitted"));
    }

    @Test
    void aHostedCopyMarkedRevokedIsRevoked() {
        String issued = Vectors.text("ob2/basic-assertion.json");
        String revoked = issued.replace("\"issuedOn\"", "\"revoked\": true, \"revocationReason\": \"cheated\","
                + " \"issuedOn\"");
        assets.with(HOSTED_ID, revoked);

        assertThat(verifier(assets).verify(HOSTED, revoked).status()).isEqualTo(VerificationStatus.REVOKED);
    }

    @Test
    void anAssertionHostedOutsideTheIssuersOriginsIsInvalidAndNotFetched() {
        String elsewhere = "https://badges.attacker.example/beths-robotics-badge.json";
        String submitted = Vectors.text("ob2/basic-assertion.json").replace(HOSTED_ID, elsewhere);

        Verification verification = verifier(assets).verify(HOSTED, submitted);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(verification.checks()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("ob2 hosted origin");
            assertThat(c.reason()).contains("badges.attacker.example");
        });
        assertThat(assets.requested).doesNotContain(URI.create(elsewhere));
    }

    @Test
    void offlineNothingIsFetchedAndNothingIsVerified() {
        CredentialVerifier offline = CredentialVerifier.offline(new MutableClock(CorpusVectorsTest.NOW));

        for (String vector : List.of("simple.jwt", "basic-assertion.json")) {
            String mediaType = vector.endsWith(".jwt") ? SIGNED : HOSTED;
            Verification verification = offline.verify(mediaType, Vectors.text("ob2/" + vector));

            assertThat(verification.status()).as(vector).isEqualTo(VerificationStatus.NO_PROOF);
            assertThat(verification.checks()).as(vector).anySatisfy(c -> {
                assertThat(c.outcome()).isEqualTo(Check.Outcome.SKIPPED);
                assertThat(c.reason()).contains(RemoteDocuments.OFFLINE_REASON);
            });
        }
    }

    private static CredentialVerifier verifier(RemoteDocuments documents) {
        return new CredentialVerifier(new MutableClock(CorpusVectorsTest.NOW), documents, new BundledContexts(),
                BundledSchemas.shared(), VerificationProperties.DEFAULTS);
    }

    /** Serves {@code vectors/ob2/assets/<last path segment>} for any http(s) URL, unless a URL is given its own. */
    private static final class Assets implements RemoteDocuments {

        private final Map<String, String> byUrl = new HashMap<>();
        final List<URI> requested = new CopyOnWriteArrayList<>();

        Assets with(String url, String body) {
            byUrl.put(url, body);
            return this;
        }

        @Override
        public Fetched fetch(URI uri) {
            requested.add(uri);
            String own = byUrl.get(uri.toString());
            if (own != null) {
                return new Found(own);
            }
            String path = uri.getPath();
            try {
                return new Found(Vectors.text("ob2/assets/" + path.substring(path.lastIndexOf('/') + 1)));
            } catch (IllegalArgumentException e) {
                return new NotFetched("the test serves no document at " + uri);
            }
        }
    }
}
