package org.lerhub.engine.verification;

import java.security.PublicKey;

/**
 * A public key and who controls it.
 *
 * @param id         the verification method as the proof names it
 * @param controller the DID or URL that controls the key, compared with the credential's issuer
 * @param source     where the key came from, for the reason a person reads
 */
record VerificationKey(String id, String controller, PublicKey publicKey, String source) {
}
