package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MutableClock;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/** VC-JWT: the corpus token (RS256, key in the header), EdDSA with a did:key kid, ES256, and what is refused. */
class VcJwtTest {

    private static final String JWT = "application/vc+jwt";

    private final CredentialVerifier verifier = CredentialVerifier.offline(new MutableClock(CorpusVectorsTest.NOW));

    @Test
    void theCorpusClrTokenVerifiesWithTheKeyInItsHeader() {
        Verification verification = verifier.verify(JWT, Vectors.text("clr2/1edtech-validator/simple.jwt"));

        assertThat(verification.status()).as(CorpusVectorsTest.describe(verification)).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(CredentialVerifierTest.check(verification, "jwt RS256").outcome()).isEqualTo(Check.Outcome.PASSED);
        assertThat(CredentialVerifierTest.check(verification, "key controller")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.WARNING);
            assertThat(c.reason()).contains("carried in the token's own header");
        });
        assertThat(CredentialVerifierTest.check(verification, "validity period").reason())
                .startsWith("valid since 2010-01-01T00:00:00Z");
    }

    @Test
    void aChangedPayloadIsInvalid() {
        String[] parts = Vectors.text("clr2/1edtech-validator/simple.jwt").strip().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("Example University", "Exemplary University");
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];

        Verification verification = verifier.verify(JWT, tampered);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(CredentialVerifierTest.check(verification, "jwt RS256").reason()).contains("changed after signing");
    }

    @Test
    void anEdDsaTokenWithADidKeyKidIsTiedToItsIssuer() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(TestSigner.DID_KEY_METHOD).build();
        String signingInput = header.toBase64URL() + "." + Base64URL.encode(payload(TestSigner.DID_KEY));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(new TestSigner().privateKey());
        ed25519.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String token = signingInput + "." + Base64URL.encode(ed25519.sign());

        Verification verification = verifier.verify(JWT, token);

        assertThat(verification.status()).as(CorpusVectorsTest.describe(verification)).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(CredentialVerifierTest.check(verification, "key controller").reason())
                .isEqualTo("the key " + TestSigner.DID_KEY_METHOD + " belongs to the issuer " + TestSigner.DID_KEY);
    }

    @Test
    void anEs256TokenWithAHeaderKeyVerifiesAndItsExpiryCounts() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).jwk(key.toPublicJWK()).build(),
                new Payload(payload("https://college.example/issuers/1")
                        .replace("\"nbf\":1262304000", "\"nbf\":1262304000,\"exp\":1700000000")));
        jws.sign(new ECDSASigner(key));

        Verification verification = verifier.verify(JWT, jws.serialize());

        assertThat(verification.status()).isEqualTo(VerificationStatus.EXPIRED);
        assertThat(CredentialVerifierTest.check(verification, "jwt ES256").outcome()).isEqualTo(Check.Outcome.PASSED);
        assertThat(CredentialVerifierTest.check(verification, "validity period").reason()).contains("(exp)");
    }

    @Test
    void anIssuerMismatchIsInvalid() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String mismatched = payload(TestSigner.DID_KEY).replace("\"iss\":\"" + TestSigner.DID_KEY, "\"iss\":\"did:example:other");
        JWSObject other = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).jwk(key.toPublicJWK()).build(),
                new Payload(mismatched));
        other.sign(new ECDSASigner(key));

        Verification invalid = verifier.verify(JWT, other.serialize());

        assertThat(invalid.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(CredentialVerifierTest.check(invalid, "jwt issuer").reason())
                .isEqualTo("the token's iss did:example:other is not the credential's issuer " + TestSigner.DID_KEY);
    }

    @Test
    void aSharedSecretTokenIsInvalidAlsoWhenItsSecretIsTheIssuersPublicKey() throws Exception {
        JWSObject confused = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestSigner.DID_KEY_METHOD)
                .build(), new Payload(payload(TestSigner.DID_KEY)));
        // the issuer's public key, which anyone can read, as the HMAC secret
        confused.sign(new MACSigner(Arrays.copyOfRange(Multibase.decodeBase58Btc(TestSigner.MULTIKEY), 2, 34)));

        Verification verification = verifier.verify(JWT, confused.serialize());

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(CredentialVerifierTest.check(verification, "jwt").reason())
                .startsWith("the token is signed with HS256, a shared secret");
    }

    @Test
    void anUnsecuredTokenIsInvalid() {
        String header = Base64URL.encode("{\"alg\":\"none\"}").toString();
        String body = Base64URL.encode(payload(TestSigner.DID_KEY)).toString();

        for (String token : List.of(header + "." + body + ".", header + "." + body + ".c2lnbmF0dXJl")) {
            Verification verification = verifier.verify(JWT, token);

            assertThat(verification.status()).as(token).isEqualTo(VerificationStatus.INVALID);
            assertThat(CredentialVerifierTest.check(verification, "jwt").reason())
                    .startsWith("the token is unsecured (alg none)");
        }
    }

    /** A VCDM 1.1 VC-JWT payload by the given issuer. */
    private static String payload(String issuer) {
        return "{\"iss\":\"" + issuer + "\",\"nbf\":1262304000,\"vc\":{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
                + "\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + issuer + "\",\"issuanceDate\":\"2010-01-01T00:00:00Z\","
                + "\"credentialSubject\":{\"id\":\"did:example:learner\"}}}";
    }
}
