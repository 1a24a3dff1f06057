package org.lerhub.mappings.clr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lerhub.mapping.MappingException;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.JsonSpans;
import org.lerhub.mappings.openbadges.AchievementCredentialMapping;
import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;

/**
 * A CLR's {@code credentialSubject.verifiableCredential[]}: each AchievementCredential (or OpenBadgeCredential)
 * mapped by the Open Badges 3.0 mapping, as if it had come on its own, except that its records carry the CLR's
 * format and that the CLR's subject stands in for a badge subject that names nobody. A credential that cannot be
 * mapped does not sink the CLR: it is set aside with the reason.
 */
final class PackagedCredentials {

    private static final String FIELD = "verifiableCredential";

    private final List<PackagedCredential> mapped = new ArrayList<>();
    private final List<JsonNode> unmapped = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** The mapped credentials, in document order. */
    List<PackagedCredential> mapped() {
        return mapped;
    }

    /** The items that are no mappable badge, as written. */
    List<JsonNode> unmapped() {
        return unmapped;
    }

    /** Why each unmapped item was set aside, with its place. */
    List<String> problems() {
        return problems;
    }

    /** What the mapping of the badges had to say, each with the badge's place. */
    List<String> warnings() {
        return warnings;
    }

    static PackagedCredentials map(VcEnvelope clr, Subject holder) {
        PackagedCredentials packaged = new PackagedCredentials();
        JsonNode items = clr.credential().path(Clr2Mapper.SUBJECT).path(FIELD);
        List<String> texts = exactTexts(clr);
        String packager = issuerId(clr.credential());
        Set<String> ids = new HashSet<>();
        List<JsonNode> list = JsonFields.items(items);
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String path = Clr2Mapper.SUBJECT + "." + FIELD + "[" + i + "]";
            // inside a VC-JWT the payload was decoded from base64url and is not kept as text, so a credential object
            // in it is handed on re-serialized: the same JSON-LD data, which is what its own proof signs
            String text = i < texts.size() ? texts.get(i) : item.toString();
            try {
                packaged.add(VcEnvelope.embedded(item, text), path, clr.signed() ? packager : null, holder, ids);
            } catch (MappingException e) {
                packaged.setAside(item, path, e.getMessage());
            }
        }
        return packaged;
    }

    private void add(VcEnvelope badge, String path, String signingPackager, Subject holder, Set<String> ids)
            throws MappingException {
        JsonNode credential = badge.credential();
        String reason = AchievementCredentialMapping.notMappable(credential);
        if (reason != null) {
            throw new MappingException(reason);
        }
        String id = badge.idOr(path);
        if (!ids.add(id)) {
            warnings.add(path + ": id " + id + " is taken by an earlier credential of this CLR; its record is known"
                    + " by its place instead");
            id = path;
        }
        // a badge without a proof of its own is still its issuer's word when that issuer signed the whole CLR
        boolean issuerSigned = badge.signed()
                || signingPackager != null && signingPackager.equals(issuerId(credential));
        AchievementCredentialMapping mapping = new AchievementCredentialMapping(Clr2Mapper.FORMAT_ID);
        LerRecord record = mapping.map(credential, issuerSigned ? TrustLevel.ISSUER_SIGNED : TrustLevel.SELF_ASSERTED,
                id, holder);
        mapping.warnings().forEach(warning -> warnings.add(path + ": " + warning));
        String achievementId = JsonFields.text(credential.path("credentialSubject").path("achievement").get("id"));
        mapped.add(new PackagedCredential(path, badge, record, achievementId));
    }

    private void setAside(JsonNode item, String path, String reason) {
        unmapped.add(item);
        problems.add(path + ": " + reason + "; kept in " + Clr2Mapper.CREDENTIAL_EXTENSION);
    }

    /** The exact text of each packaged credential in a JSON document; none for a VC-JWT. */
    private static List<String> exactTexts(VcEnvelope clr) {
        return VcEnvelope.LD_MEDIA_TYPE.equals(clr.mediaType())
                ? JsonSpans.items(clr.signedText(), Clr2Mapper.SUBJECT, FIELD)
                : List.of();
    }

    /** A credential's issuer id, whether the issuer is a Profile or a bare IRI. */
    static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        return JsonFields.text(issuer.isObject() ? issuer.get("id") : issuer);
    }
}
