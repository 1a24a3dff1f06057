package org.lerhub.engine.verification;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.lerhub.engine.Sha256;

/**
 * The RSA public key of a connector's sender, which signs each file it delivers (PESC EdExchange: a detached
 * SHA256withRSA signature over the file's bytes). Agencies configure it as the connector setting
 * {@value #SETTING}: PEM, {@code -----BEGIN PUBLIC KEY-----} (SubjectPublicKeyInfo), at least 2048 bits.
 *
 * @param fingerprint SHA-256 of the key's DER encoding, hex: how checks and admins name the key
 */
public record SenderKey(RSAPublicKey key, String fingerprint) {

    public static final String SETTING = "senderPublicKey";
    static final int MIN_BITS = 2048;

    /**
     * @throws IllegalArgumentException saying what is wrong with the PEM, for a 400 answer
     */
    public static SenderKey fromPem(String pem) {
        String how = "the setting " + SETTING + " must be the sender's RSA public key in PEM "
                + "(-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----, at least " + MIN_BITS + " bits)";
        if (pem == null || !pem.contains("-----BEGIN PUBLIC KEY-----") || !pem.contains("-----END PUBLIC KEY-----")) {
            throw new IllegalArgumentException(how + "; " + (pem != null && pem.contains("BEGIN RSA PUBLIC KEY")
                    ? "this is PKCS#1 (BEGIN RSA PUBLIC KEY): convert it with `openssl rsa -RSAPublicKey_in -pubout`"
                    : pem != null && pem.contains("PRIVATE KEY") ? "this is a private key: never send it, give the public key"
                    : "no PEM public key block was found"));
        }
        String body = pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----") + "-----BEGIN PUBLIC KEY-----".length(),
                pem.indexOf("-----END PUBLIC KEY-----")).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(how + "; its body is not base64: " + e.getMessage());
        }
        try {
            if (!(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)) instanceof RSAPublicKey rsa)) {
                throw new IllegalArgumentException(how + "; it is not an RSA key");
            }
            if (rsa.getModulus().bitLength() < MIN_BITS) {
                throw new IllegalArgumentException(how + "; this key has only " + rsa.getModulus().bitLength() + " bits");
            }
            return new SenderKey(rsa, Sha256.hex(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(how + "; it is not an RSA public key (" + e.getMessage() + ")");
        }
    }
}
