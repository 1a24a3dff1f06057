package org.lerhub.engine.verification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code detached signature} check: a SHA256withRSA signature over the exact bytes of the file, made by the
 * sender whose key the connector holds (how PESC EdExchange signs transcripts; formats.md §1). With a sender key
 * configured, every document of that connector must come signed: a missing or wrong signature is {@code INVALID}.
 * Without one, a signature that came along cannot be checked and is {@code SKIPPED}; no signature and no key is
 * no check at all.
 *
 * <p>It travels beside the document: a {@code <name>.sig} file (raw bytes or base64) for file drops, the
 * {@value #HEADER} header (base64) for uploads and webhooks.
 */
public final class DetachedSignature {

    public static final String CHECK = "detached signature";
    public static final String HEADER = "Ler-Detached-Signature";
    /** The suffix of a signature file beside the file it signs. */
    public static final String FILE_SUFFIX = ".sig";

    private DetachedSignature() {
    }

    static Optional<Finding> check(Delivery delivery) {
        SenderKey key = delivery.senderKey();
        byte[] signature = delivery.detachedSignature();
        String connector = "connector " + delivery.connectorId();
        if (key == null) {
            return signature == null ? Optional.empty() : Optional.of(Finding.skipped(CHECK, "a detached signature "
                    + "came with the document, but " + (delivery.connectorId() == null ? "it arrived through no connector"
                    : connector + " has no sender key") + " to check it with"));
        }
        if (signature == null) {
            return Optional.of(Finding.invalid(CHECK, connector + " expects every file signed by its sender (key "
                    + shortly(key) + "), but this one came without a detached signature: send it as " + "<name>"
                    + FILE_SUFFIX + " beside the file, or in the " + HEADER + " header"));
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key.key());
            verifier.update(delivery.content());
            if (verifier.verify(signature)) {
                return Optional.of(Finding.signatureVerified(CHECK, "SHA256withRSA over the file's "
                        + delivery.content().length + " bytes verified with the sender key of " + connector + " ("
                        + shortly(key) + ")"));
            }
        } catch (java.security.SignatureException malformed) {
            // a signature of the wrong length or shape proves nothing either: the file is not what the sender signed
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is part of every JVM", e);
        }
        return Optional.of(Finding.invalid(CHECK, "the detached signature does not match the file with the sender key "
                + "of " + connector + " (" + shortly(key) + "): the file was changed after it was signed, or signed "
                + "with another key"));
    }

    /**
     * A signature as a {@code .sig} file holds it: base64 (what {@code openssl base64} writes; line breaks allowed)
     * or the raw signature bytes.
     */
    public static byte[] fromFile(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1).strip();
        if (!text.isEmpty() && text.chars().allMatch(c -> Character.isWhitespace(c) || c == '+' || c == '/' || c == '='
                || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException raw) {
                // base64's alphabet by chance; take the bytes as they are
            }
        }
        return file;
    }

    /**
     * A signature as the {@value #HEADER} header carries it: base64.
     *
     * @return null when there is no header
     * @throws IllegalArgumentException when it is not base64, saying so
     */
    public static byte[] fromHeader(String header) {
        if (header == null) {
            return null;
        }
        try {
            byte[] signature = Base64.getDecoder().decode(header.strip());
            if (signature.length == 0) {
                throw new IllegalArgumentException("it is empty");
            }
            return signature;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + HEADER + " header must be the base64 of the SHA256withRSA "
                    + "signature over the body's exact bytes (" + e.getMessage() + "); nothing was stored");
        }
    }

    private static String shortly(SenderKey key) {
        return "SHA-256 " + key.fingerprint().substring(0, 16) + "…";
    }
}
