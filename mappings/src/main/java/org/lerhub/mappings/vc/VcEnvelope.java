package org.lerhub.mappings.vc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonDocuments;
import org.lerhub.mappings.json.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A verifiable credential together with the text that was signed, as it arrived: JSON with an embedded
 * {@code proof}, or a compact VC-JWT. Nothing is verified here; {@link #signedText} goes to the verifier as a
 * {@link SignedPart}.
 *
 * @param credential the credential; for a VC-JWT its claims as {@link VcJwt#credential} reads them. For a JSON
 *                   document any JSON value, so that the caller can say in its own words why it is no credential.
 * @param signed     whether there is a signature to check: a {@code proof} for JSON; always for a JWT, whose
 *                   verifier refuses an unsecured one
 */
public record VcEnvelope(JsonNode credential, String signedText, String mediaType, boolean signed) {

    /** The media type of a credential secured by an embedded proof. */
    public static final String LD_MEDIA_TYPE = "application/vc+ld+json";

    private static final String JWT_PREFIX = "eyJ";

    /** A whole document: a compact VC-JWT, or JSON whose exact text is what a proof inside it signed. */
    public static VcEnvelope read(SourceDocument document) throws MappingException {
        String text = JsonDocuments.text(document);
        if (VcJwt.isCompact(text)) {
            return jwt(text.strip());
        }
        JsonNode json = JsonDocuments.parse(text, "the document");
        return new VcEnvelope(json, text, LD_MEDIA_TYPE, hasProof(json));
    }

    /**
     * A whole document that must be one JSON object (or a JWT, whose claims are one).
     *
     * @param expected what the format wants, said to a person when the document is an array or a scalar, e.g.
     *                 {@code an Open Badges 3.0 credential is one JSON object}
     */
    public static VcEnvelope readObject(SourceDocument document, String expected) throws MappingException {
        VcEnvelope envelope = read(document);
        JsonNode json = envelope.credential();
        if (!json.isObject()) {
            throw new MappingException("the document is a JSON " + json.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object: " + expected);
        }
        return envelope;
    }

    /**
     * The document read as {@link #read} does, for format detection: empty when it is neither JSON nor a compact
     * JWT, does not parse, or is JSON lying wholly within {@link SourceDocument#head()} that never names one of
     * {@code names} as a string value (a type, a context URL), so most documents of other formats are not parsed.
     */
    public static Optional<VcEnvelope> peek(SourceDocument document, String... names) {
        String head = document.head().stripLeading();
        boolean json = head.startsWith("{");
        if (!json && !head.startsWith(JWT_PREFIX)) {
            return Optional.empty();
        }
        boolean wholeInHead = document.content().length <= SourceDocument.HEAD_BYTES;
        if (json && wholeInHead && Arrays.stream(names).noneMatch(name -> head.contains('"' + name + '"'))) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(document));
        } catch (MappingException e) {
            return Optional.empty();
        }
    }

    /**
     * A credential embedded in another one (a CLR's {@code verifiableCredential[]}): a JSON object, whose text as
     * written is {@code exactText}, or a compact VC-JWT string.
     */
    public static VcEnvelope embedded(JsonNode item, String exactText) throws MappingException {
        if (item.isString() && VcJwt.isCompact(item.stringValue())) {
            return jwt(item.stringValue().strip());
        }
        if (!item.isObject()) {
            throw new MappingException("not a credential: expected a credential object or a compact VC-JWT");
        }
        return new VcEnvelope(item, exactText, LD_MEDIA_TYPE, hasProof(item));
    }

    /** The signed text as a part for the verifier, deciding the given records; empty when nothing is signed. */
    public Optional<SignedPart> signedPart(List<String> sourceRecordIds) {
        return signed ? Optional.of(new SignedPart(mediaType, signedText, sourceRecordIds)) : Optional.empty();
    }

    /** The credential's {@code id}, or the fallback when it has none. */
    public String idOr(String fallback) {
        String id = JsonFields.text(credential.get("id"));
        return id != null ? id : fallback;
    }

    private static VcEnvelope jwt(String token) throws MappingException {
        // every token goes to the verifier: an unsecured one (alg none, empty signature) is refused there as a
        // forgery, not taken as a self-asserted credential
        return new VcEnvelope(VcJwt.credential(token), token, VcJwt.MEDIA_TYPE, true);
    }

    private static boolean hasProof(JsonNode credential) {
        JsonNode proof = credential.get("proof");
        return proof != null && (proof.isObject() || proof.isArray() && !proof.isEmpty());
    }
}
