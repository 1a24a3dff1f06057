package org.lerhub.engine.verification;

import java.util.Objects;

/**
 * A document as it was delivered, for the checks that concern the file itself rather than a credential in it:
 * its detached signature and its schema.
 *
 * @param content           the exact bytes received
 * @param detachedSignature the signature that came with them (a {@code .sig} file, a request header), or null
 * @param senderKey         the key of the sender, as the delivering connector had it configured when the document
 *                          was received; null when none was
 * @param connectorId       the delivering connector, or null
 */
public record Delivery(byte[] content, byte[] detachedSignature, SenderKey senderKey, String connectorId) {

    public Delivery {
        Objects.requireNonNull(content, "content");
    }

    /** Just the bytes: no signature, no sender key. */
    public static Delivery of(byte[] content) {
        return new Delivery(content, null, null, null);
    }
}
