package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MutableClock;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/** Keys from DID and controller documents, and whether the key belongs to the issuer. */
class KeyResolutionTest {

    private static final String ISSUER = "https://college.example/issuers/1";
    private static final String DID_WEB = "did:web:college.example";
    private static final String DID_WEB_KEY = DID_WEB + "#key-1";

    private final TestSigner signer = new TestSigner();
    private final Vectors.Documents documents = new Vectors.Documents();
    private final CredentialVerifier verifier = new CredentialVerifier(new MutableClock(CorpusVectorsTest.NOW),
            documents, new BundledContexts(), BundledSchemas.shared(), VerificationProperties.DEFAULTS);

    @Test
    void didWebMapsToItsWellKnownDocument() {
        assertThat(KeyResolver.didWebDocument("did:web:college.example"))
                .isEqualTo(URI.create("https://college.example/.well-known/did.json"));
        assertThat(KeyResolver.didWebDocument("did:web:college.example%3A8443:units:nursing"))
                .isEqualTo(URI.create("https://college.example:8443/units/nursing/did.json"));
    }

    @Test
    void aDidKeyThatIsNotTheIssuersOwnCanBeListedInTheIssuersDocument() throws Exception {
        String credential = signer.sign(TestSigner.badge(ISSUER).build(), TestSigner.DID_KEY_METHOD).toString();

        Verification offline = verifier.verify("application/vc+ld+json", credential);
        documents.with(ISSUER, Json.createObjectBuilder().add("id", ISSUER)
                .add("assertionMethod", Json.createArrayBuilder().add(TestSigner.DID_KEY_METHOD)).build().toString());
        Verification listed = verifier.verify("application/vc+ld+json", credential);
        documents.with(ISSUER, Json.createObjectBuilder().add("id", ISSUER).build().toString());
        Verification unlisted = verifier.verify("application/vc+ld+json", credential);

        assertThat(offline.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(CredentialVerifierTest.check(offline, "proof[0] key controller")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.SKIPPED);
            assertThat(c.reason()).contains("belongs to " + TestSigner.DID_KEY + ", not to the issuer " + ISSUER);
        });
        assertThat(listed.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(CredentialVerifierTest.check(listed, "proof[0] key controller").outcome())
                .isEqualTo(Check.Outcome.PASSED);
        assertThat(unlisted.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(CredentialVerifierTest.check(unlisted, "proof[0] key controller").reason())
                .endsWith("does not list it for signing credentials");
    }

    @Test
    void aDidWebKeyIsReadFromItsDidDocumentAndIsNotCheckedOffline() throws Exception {
        String credential = signer.sign(TestSigner.badge(DID_WEB).build(), DID_WEB_KEY).toString();

        Verification offline = verifier.verify("application/vc+ld+json", credential);
        documents.with("https://college.example/.well-known/did.json", Json.createObjectBuilder()
                .add("id", DID_WEB)
                .add("verificationMethod", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "#key-1").add("type", "Multikey").add("controller", DID_WEB)
                        .add("publicKeyMultibase", TestSigner.MULTIKEY)))
                .add("assertionMethod", Json.createArrayBuilder().add("#key-1")).build().toString());
        Verification resolved = verifier.verify("application/vc+ld+json", credential);

        assertThat(offline.status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(CredentialVerifierTest.check(offline, "proof[0] eddsa-rdfc-2022").reason())
                .startsWith("not checked: the key " + DID_WEB_KEY + " is published at"
                        + " https://college.example/.well-known/did.json, which was not fetched");
        assertThat(resolved.status()).as(CorpusVectorsTest.describe(resolved)).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(CredentialVerifierTest.check(resolved, "proof[0] key controller").reason())
                .isEqualTo("the key " + DID_WEB_KEY + " belongs to the issuer " + DID_WEB);
    }

    @Test
    void aKeyTheDidDocumentDoesNotAllowForAssertionsFails() throws Exception {
        String credential = signer.sign(TestSigner.badge(DID_WEB).build(), DID_WEB_KEY).toString();
        documents.with("https://college.example/.well-known/did.json", Json.createObjectBuilder()
                .add("id", DID_WEB)
                .add("verificationMethod", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", DID_WEB_KEY).add("type", "Multikey").add("controller", DID_WEB)
                        .add("publicKeyMultibase", TestSigner.MULTIKEY)))
                .add("assertionMethod", Json.createArrayBuilder()).build().toString());

        Verification verification = verifier.verify("application/vc+ld+json", credential);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(CredentialVerifierTest.check(verification, "proof[0] eddsa-rdfc-2022").reason())
                .contains("not among its assertionMethod keys");
    }
}
