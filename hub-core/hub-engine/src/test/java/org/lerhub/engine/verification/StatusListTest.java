package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MutableClock;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/** Status lists: the bit order, a clear and a set bit, and a list that cannot be trusted. */
class StatusListTest {

    private static final String LIST_URL = "https://college.example/status/1";
    private static final int REVOKED_INDEX = 5;

    private final TestSigner signer = new TestSigner();
    private final Vectors.Documents documents = new Vectors.Documents();
    private final CredentialVerifier verifier = new CredentialVerifier(new MutableClock(CorpusVectorsTest.NOW),
            documents, new BundledContexts(), BundledSchemas.shared(), VerificationProperties.DEFAULTS);
    private JsonObject list;

    @BeforeEach
    void publishASignedListWithOneRevokedEntry() throws Exception {
        list = signedList(signer, LIST_URL, REVOKED_INDEX);
        documents.with(LIST_URL, list.toString());
    }

    @Test
    void indexZeroIsTheMostSignificantBitOfTheFirstByte() {
        Bitstring bits = Bitstring.decode(encodedList(0));

        assertThat(bits.isSet(0)).isTrue();
        assertThat(bits.isSet(1)).isFalse();
        assertThat(bits.size()).isEqualTo(131_072);
        assertThatThrownBy(() -> bits.isSet(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theCorpusListsHaveTheirStatedBitsSet() {
        JsonObject oneEdTech = Json.createReader(new java.io.StringReader(
                Vectors.text("obv3/1edtech-validator/bit-string-list/testlist.json"))).readObject();
        Bitstring bits = Bitstring.decode(oneEdTech.getJsonObject("credentialSubject").getString("encodedList"));

        assertThat(bits.isSet(23)).isTrue();
        assertThat(bits.isSet(22)).isFalse();
    }

    @Test
    void aClearBitPassesAndASetBitRevokes() throws Exception {
        Verification clear = verifier.verify("application/vc+ld+json", credentialAt(REVOKED_INDEX + 1));
        Verification revoked = verifier.verify("application/vc+ld+json", credentialAt(REVOKED_INDEX));

        assertThat(clear.status()).as(CorpusVectorsTest.describe(clear)).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(CredentialVerifierTest.check(clear, "status")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.PASSED);
            assertThat(c.reason()).startsWith("not revoked: entry 6 of the status list at " + LIST_URL);
        });
        assertThat(revoked.status()).isEqualTo(VerificationStatus.REVOKED);
        assertThat(CredentialVerifierTest.check(revoked, "status").reason())
                .startsWith("the issuer has revoked this credential: entry 5");
    }

    @Test
    void aListChangedAfterSigningLeavesRevocationUnknownNeverClear() throws Exception {
        JsonObject forged = Json.createObjectBuilder(list).add("credentialSubject",
                Json.createObjectBuilder(list.getJsonObject("credentialSubject")).add("encodedList", encodedList(99)))
                .build();
        documents.with(LIST_URL, forged.toString());

        Verification verification = verifier.verify("application/vc+ld+json", credentialAt(REVOKED_INDEX));

        assertThat(verification.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(CredentialVerifierTest.check(verification, "status")).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Check.Outcome.WARNING);
            assertThat(c.reason()).startsWith("revocation could not be checked: the status list at " + LIST_URL
                    + " is not verified (INVALID");
        });
    }

    @Test
    void anUnverifiedCredentialsStatusListIsNotFollowed() throws Exception {
        String tampered = credentialAt(REVOKED_INDEX).replace("Welding I", "Welding II");

        Verification verification = verifier.verify("application/vc+ld+json", tampered);

        assertThat(verification.status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(CredentialVerifierTest.check(verification, "status").outcome()).isEqualTo(Check.Outcome.SKIPPED);
        assertThat(documents.requested).isEmpty();
    }

    private String credentialAt(int index) throws Exception {
        return signer.sign(TestSigner.badge(TestSigner.DID_KEY)
                .add("credentialStatus", Json.createObjectBuilder().add("id", LIST_URL + "#" + index)
                        .add("type", "BitstringStatusListEntry").add("statusPurpose", "revocation")
                        .add("statusListIndex", String.valueOf(index)).add("statusListCredential", LIST_URL))
                .build(), TestSigner.DID_KEY_METHOD).toString();
    }

    /** A revocation list at {@code url} with one bit set, signed by the test key's did:key. */
    static JsonObject signedList(TestSigner signer, String url, int setBit) throws Exception {
        return signer.sign(Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("id", url)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", TestSigner.DID_KEY)
                .add("validFrom", "2025-01-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("id", url + "#list")
                        .add("type", "BitstringStatusList").add("statusPurpose", "revocation")
                        .add("encodedList", encodedList(setBit))).build(), TestSigner.DID_KEY_METHOD);
    }

    /** A 16 KiB list with one bit set, encoded as BitstringStatusList encodes it. */
    static String encodedList(int setBit) {
        byte[] bits = new byte[16 * 1024];
        bits[setBit / 8] |= (byte) (0x80 >>> (setBit % 8));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }
}
