package org.lerhub.mappings.openbadges;

import java.util.List;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.vc.VcEnvelope;
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

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return VcEnvelope.peek(document, OB_TYPE, OB_ALIAS)
                .filter(envelope -> AchievementCredentialMapping.notABadge(envelope.credential()) == null)
                .isPresent();
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        VcEnvelope envelope = VcEnvelope.readObject(document, "an Open Badges 3.0 credential is one JSON object"
                + " (send a list of badges as separate documents, or as a CLR)");
        JsonNode credential = envelope.credential();
        String reason = AchievementCredentialMapping.notMappable(credential);
        if (reason != null) {
            throw new MappingException(reason);
        }
        String sourceRecordId = envelope.idOr("credential");
        TrustLevel trust = envelope.signed() ? TrustLevel.ISSUER_SIGNED : TrustLevel.SELF_ASSERTED;
        AchievementCredentialMapping mapping = new AchievementCredentialMapping(FORMAT_ID);
        LerRecord record = mapping.map(credential, trust, sourceRecordId, null);
        List<SignedPart> proofs = envelope.signedPart(List.of(sourceRecordId)).stream().toList();
        return new MappingResult(List.of(record), mapping.warnings(), proofs);
    }
}
