package org.lerhub.mappings.openbadges;

import java.util.List;
import java.util.Locale;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonDocuments;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.vc.VcJwt;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;

/**
 * Open Badges 3.0: one OpenBadgeCredential (or its alias AchievementCredential) as one achievement record, from
 * JSON (VCDM 1.1 or 2.0) or from a VC-JWT. Proofs are not checked here: the signed text goes to the verifier as a
 * {@link SignedPart}. CLR 2.0 credentials, endorsements and status lists are other formats. The mapping rules
 * are in the module README.
 */
public final class OpenBadges3Mapper implements RecordMapper {

    public static final String FORMAT_ID = "ob3";

    static final String VC_TYPE = "VerifiableCredential";
    static final String OB_TYPE = "OpenBadgeCredential";
    static final String OB_ALIAS = "AchievementCredential";
    private static final String CLR_TYPE = "ClrCredential";
    private static final String LD_MEDIA_TYPE = "application/vc+ld+json";
    private static final String JWT_PREFIX = "eyJ";

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        String head = document.head().stripLeading();
        boolean json = head.startsWith("{");
        if (!json && !head.startsWith(JWT_PREFIX)) {
            return false;
        }
        // a JSON document entirely within the head that never names a badge type cannot be one
        boolean wholeInHead = document.content().length <= SourceDocument.HEAD_BYTES;
        if (json && wholeInHead && !head.contains('"' + OB_TYPE + '"') && !head.contains('"' + OB_ALIAS + '"')) {
            return false;
        }
        try {
            return notABadge(read(document).credential()) == null;
        } catch (MappingException e) {
            return false;
        }
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        Envelope envelope = read(document);
        JsonNode credential = envelope.credential();
        String reason = notABadge(credential);
        if (reason != null) {
            throw new MappingException(reason);
        }
        requireSubjectAndAchievement(credential);

        String sourceRecordId = JsonFields.text(credential.get("id"));
        if (sourceRecordId == null) {
            sourceRecordId = "credential";
        }
        TrustLevel trust = envelope.signed() ? TrustLevel.ISSUER_SIGNED : TrustLevel.SELF_ASSERTED;
        AchievementCredentialMapping mapping = new AchievementCredentialMapping();
        LerRecord record = mapping.map(credential, trust, sourceRecordId);
        List<SignedPart> proofs = envelope.signed()
                ? List.of(new SignedPart(envelope.mediaType(), envelope.signedText(), List.of(sourceRecordId)))
                : List.of();
        return new MappingResult(List.of(record), mapping.warnings(), proofs);
    }

    /**
     * The credential and the text that was signed. For JSON that is the whole document, signed when it has a
     * {@code proof}; for a VC-JWT it is the token, signed unless its signature part is empty.
     */
    private record Envelope(JsonNode credential, String signedText, String mediaType, boolean signed) {
    }

    private static Envelope read(SourceDocument document) throws MappingException {
        String text = JsonDocuments.text(document);
        if (VcJwt.isCompact(text)) {
            String jwt = text.strip();
            return new Envelope(VcJwt.credential(jwt), jwt, VcJwt.MEDIA_TYPE, VcJwt.isSigned(jwt));
        }
        JsonNode json = JsonDocuments.parse(text, "the document");
        if (!json.isObject()) {
            throw new MappingException("the document is a JSON " + json.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object: an Open Badges 3.0 credential is one JSON object (send a list of badges"
                    + " as separate documents, or as a CLR)");
        }
        return new Envelope(json, text, LD_MEDIA_TYPE, hasProof(json.get("proof")));
    }

    private static boolean hasProof(JsonNode proof) {
        return proof != null && (proof.isObject() || proof.isArray() && !proof.isEmpty());
    }

    /** Why the credential is not an Open Badges 3.0 badge, or null when it is one. */
    private static String notABadge(JsonNode credential) {
        List<String> types = JsonFields.texts(credential.get("type"));
        if (types == null || types.isEmpty()) {
            return "type is missing or not a list of names: an Open Badges 3.0 credential has type"
                    + " [\"VerifiableCredential\", \"OpenBadgeCredential\"]";
        }
        if (types.contains(CLR_TYPE)) {
            return "type " + types + " is a CLR 2.0 credential, not a single badge: ingest it with format clr2";
        }
        if (!types.contains(OB_TYPE) && !types.contains(OB_ALIAS)) {
            return "type " + types + " names no Open Badges 3.0 credential: expected OpenBadgeCredential or"
                    + " AchievementCredential (EndorsementCredentials and status lists are not mapped)";
        }
        return null;
    }

    private static void requireSubjectAndAchievement(JsonNode credential) throws MappingException {
        JsonNode subject = requireObject(credential.path("credentialSubject"), "credentialSubject",
                "say whom it was awarded to and what they achieved (one AchievementSubject object)");
        requireObject(subject.path("achievement"), "credentialSubject.achievement",
                "say what was achieved (an Achievement object)");
    }

    private static JsonNode requireObject(JsonNode node, String path, String purpose) throws MappingException {
        if (node.isObject()) {
            return node;
        }
        String found = node.isMissingNode() || node.isNull() ? "is missing"
                : "is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object";
        throw new MappingException(path + " " + found + ": an OpenBadgeCredential must " + purpose);
    }
}
