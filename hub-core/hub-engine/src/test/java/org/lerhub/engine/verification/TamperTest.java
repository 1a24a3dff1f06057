package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.engine.MutableClock;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/**
 * Any single-character change to the credential part of a valid credential makes it INVALID: seeded random
 * replacements of non-blank characters before the proof (printed seed; {@code -Dler.test.seed=N} replays).
 */
class TamperTest {

    private static final int CHANGES = 150;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-:/.\"{}[],";

    private final CredentialVerifier verifier = CredentialVerifier.offline(new MutableClock(CorpusVectorsTest.NOW));

    @ParameterizedTest
    @ValueSource(strings = {"obv3/1edtech-validator/simple.json", "obv3/dcc/ed25519-legacy-noStatus-noExpiry.json",
            "vc-vectors/w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json"})
    void everySingleCharacterChangeBeforeTheProofIsInvalid(String vector) {
        String original = Vectors.text(vector);
        assertThat(verifier.verify("application/vc+ld+json", original).status()).isEqualTo(VerificationStatus.VERIFIED);
        long seed = Long.getLong("ler.test.seed", System.nanoTime());
        System.out.println("TamperTest " + vector + " seed " + seed);
        Random random = new Random(seed);
        int end = original.indexOf("\"proof\"");

        for (int i = 0; i < CHANGES; i++) {
            int at = random.nextInt(end);
            char was = original.charAt(at);
            if (Character.isWhitespace(was)) {
                continue; // blanks between tokens carry nothing; inside strings they are covered by other positions
            }
            char now = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            if (now == was) {
                continue;
            }
            String tampered = original.substring(0, at) + now + original.substring(at + 1);

            Verification verification = verifier.verify("application/vc+ld+json", tampered);

            assertThat(verification.status()).as("seed %d: '%s' → '%s' at %d\n%s", seed, was, now, at,
                    CorpusVectorsTest.describe(verification)).isEqualTo(VerificationStatus.INVALID);
        }
    }
}
