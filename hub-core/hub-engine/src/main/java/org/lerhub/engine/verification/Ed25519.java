package org.lerhub.engine.verification;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/** Ed25519 with the JDK's own provider: raw keys as Data Integrity and Multikey carry them, and verification. */
final class Ed25519 {

    static final int KEY_LENGTH = 32;
    static final int SIGNATURE_LENGTH = 64;
    /** Multicodec {@code ed25519-pub} (0xed, as an unsigned varint: 0xed 0x01) that prefixes a Multikey. */
    private static final byte[] MULTICODEC = {(byte) 0xed, 0x01};
    /** The DER of an X.509 SubjectPublicKeyInfo for Ed25519 up to the raw key, which the JDK's KeyFactory reads. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    /** A public key from its 32 raw bytes. */
    static PublicKey publicKey(byte[] raw) {
        if (raw.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is " + KEY_LENGTH + " bytes, not " + raw.length);
        }
        byte[] spki = new byte[SPKI_PREFIX.length + KEY_LENGTH];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, KEY_LENGTH);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** A public key from a Multikey value ({@code z6Mk…}): base58btc of the multicodec prefix and the raw key. */
    static PublicKey fromMultikey(String multikey) {
        byte[] decoded = Multibase.decodeBase58Btc(multikey);
        if (decoded.length != MULTICODEC.length + KEY_LENGTH || decoded[0] != MULTICODEC[0] || decoded[1] != MULTICODEC[1]) {
            throw new IllegalArgumentException("it is not an Ed25519 Multikey (multicodec 0xed01 and 32 bytes)");
        }
        byte[] raw = new byte[KEY_LENGTH];
        System.arraycopy(decoded, MULTICODEC.length, raw, 0, KEY_LENGTH);
        return publicKey(raw);
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
