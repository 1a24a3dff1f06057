package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MutableClock;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/**
 * Detached SHA256withRSA signatures over a file's bytes, as PESC EdExchange sends them. No public PESC vector
 * exists, so the test plays the registrar: a key pair made here signs a real corpus transcript.
 */
class DetachedSignatureTest {

    static final KeyPair REGISTRAR = keyPair(2048);
    private static final byte[] TRANSCRIPT = GoldenFiles.bytes("corpus/pesc/college-transcript.xml");
    private static final SenderKey KEY = SenderKey.fromPem(pem(REGISTRAR));

    private final CredentialVerifier verifier = CredentialVerifier.offline(new MutableClock(CorpusVectorsTest.NOW));

    @Test
    void aTranscriptSignedByTheConnectorsSenderIsVerified() {
        Verification verification = verify(new Delivery(TRANSCRIPT, sign(TRANSCRIPT), KEY, "tn-sis"));

        assertThat(verification.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(verification.checks()).extracting(Check::name).containsExactly("detached signature", "xsd");
        assertThat(check(verification, "detached signature").outcome()).isEqualTo(Check.Outcome.PASSED);
        assertThat(check(verification, "detached signature").reason()).startsWith("SHA256withRSA over the file's "
                + TRANSCRIPT.length + " bytes verified with the sender key of connector tn-sis (SHA-256 "
                + KEY.fingerprint().substring(0, 16));
        assertThat(check(verification, "xsd").outcome()).isEqualTo(Check.Outcome.PASSED);
    }

    @Test
    void anyOneByteChangeOfTheFileIsInvalid() {
        byte[] signature = sign(TRANSCRIPT);
        // a byte in the BOM, in the markup, in a grade, at the very end
        for (int at : new int[] {0, 100, TRANSCRIPT.length / 2, TRANSCRIPT.length - 1}) {
            byte[] changed = TRANSCRIPT.clone();
            changed[at] ^= 0x01;

            Verification verification = verify(new Delivery(changed, signature, KEY, "tn-sis"));

            assertThat(verification.status()).as("byte %d changed", at).isEqualTo(VerificationStatus.INVALID);
            assertThat(check(verification, "detached signature").reason()).contains("does not match the file",
                    "changed after it was signed");
        }
    }

    @Test
    void aSignatureByAnotherKeyOrOfTheWrongShapeIsInvalid() {
        byte[] otherKeysSignature = sign(keyPair(2048), TRANSCRIPT);

        assertThat(verify(new Delivery(TRANSCRIPT, otherKeysSignature, KEY, "tn-sis")).status())
                .isEqualTo(VerificationStatus.INVALID);
        assertThat(verify(new Delivery(TRANSCRIPT, new byte[] {1, 2, 3}, KEY, "tn-sis")).status())
                .isEqualTo(VerificationStatus.INVALID);
    }

    @Test
    void aConnectorWithAKeyAndAFileWithoutSignatureIsInvalidAndSaysWhatIsMissing() {
        Verification verification = verify(new Delivery(TRANSCRIPT, null, KEY, "tn-sis"));

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(check(verification, "detached signature").reason()).startsWith("connector tn-sis expects every file "
                + "signed by its sender").contains("came without a detached signature", "<name>.sig",
                "Ler-Detached-Signature");
    }

    @Test
    void withoutASenderKeyNothingChangesAndASignatureThatCameAlongIsSkipped() {
        Verification unsigned = verify(new Delivery(TRANSCRIPT, null, null, "tn-sis"));
        Verification signed = verify(new Delivery(TRANSCRIPT, sign(TRANSCRIPT), null, "tn-sis"));

        assertThat(unsigned.status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(unsigned.checks()).extracting(Check::name).containsExactly("proof", "xsd");
        assertThat(signed.status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(check(signed, "detached signature").outcome()).isEqualTo(Check.Outcome.SKIPPED);
        assertThat(check(signed, "detached signature").reason()).contains("connector tn-sis has no sender key");
    }

    @Test
    void aDocumentWithItsOwnProofIsDecidedByBothTheProofAndTheFileSignature() {
        byte[] badge = Vectors.text("obv3/1edtech-validator/simple.json").getBytes(StandardCharsets.UTF_8);
        MappingResult mapped = new MappingResult(List.of(), List.of(), List.of(new SignedPart(
                "application/vc+ld+json", new String(badge, StandardCharsets.UTF_8), List.of("badge"))));

        DocumentVerifier.Report signed = verifier.verify(mapped, new Delivery(badge, sign(badge), KEY, "tn-sis"));
        DocumentVerifier.Report unsigned = verifier.verify(mapped, new Delivery(badge, null, KEY, "tn-sis"));

        assertThat(signed.forRecord("badge").status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(signed.signedBySender()).as("the badge's issuer signed it, not the sender").isFalse();
        assertThat(unsigned.forRecord("badge").status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(unsigned.document().status()).isEqualTo(VerificationStatus.INVALID);
    }

    @Test
    void aSigFileMayHoldBase64OrTheRawSignature() {
        byte[] signature = sign(TRANSCRIPT);

        assertThat(DetachedSignature.fromFile(signature)).isEqualTo(signature);
        assertThat(DetachedSignature.fromFile(Base64.getMimeEncoder().encode(signature))).isEqualTo(signature);
        assertThat(DetachedSignature.fromFile((Base64.getEncoder().encodeToString(signature) + "\n")
                .getBytes(StandardCharsets.US_ASCII))).isEqualTo(signature);
        assertThat(DetachedSignature.fromHeader(Base64.getEncoder().encodeToString(signature))).isEqualTo(signature);
        assertThatThrownBy(() -> DetachedSignature.fromHeader("not base64!"))
                .hasMessageStartingWith("the Ler-Detached-Signature header must be the base64");
    }

    @Test
    void onlyAnRsaPublicKeyOfAtLeast2048BitsInPemIsASenderKey() {
        assertThat(KEY.key().getModulus().bitLength()).isEqualTo(2048);
        assertThatThrownBy(() -> SenderKey.fromPem(pem(keyPair(1024))))
                .hasMessageEndingWith("this key has only 1024 bits");
        assertThatThrownBy(() -> SenderKey.fromPem("-----BEGIN RSA PUBLIC KEY-----\nMIIB\n-----END RSA PUBLIC KEY-----"))
                .hasMessageContaining("PKCS#1");
        assertThatThrownBy(() -> SenderKey.fromPem("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"))
                .hasMessageContaining("this is a private key");
        assertThatThrownBy(() -> SenderKey.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .hasMessageStartingWith("the setting senderPublicKey must be the sender's RSA public key in PEM")
                .hasMessageContaining("it is not an RSA public key");
    }

    private Verification verify(Delivery delivery) {
        return verifier.verify(MappingResult.of(List.of()), delivery).document();
    }

    private static Check check(Verification verification, String name) {
        return verification.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static byte[] sign(byte[] content) {
        return sign(REGISTRAR, content);
    }

    static byte[] sign(KeyPair keys, byte[] content) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    static KeyPair keyPair(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
