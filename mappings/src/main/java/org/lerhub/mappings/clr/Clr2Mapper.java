package org.lerhub.mappings.clr;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.openbadges.AchievementCredentialMapping;
import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Subject;
import tools.jackson.databind.JsonNode;

/**
 * CLR 2.0: a ClrCredential (VCDM 1.1 or 2.0, JSON or VC-JWT) as the records of the badges it packages, one per
 * nested AchievementCredential, mapped as Open Badges 3.0 maps a badge; its associations become relations
 * between them. The CLR's issuer only packaged them: each record's issuer is its own credential's, and the
 * packager is kept apart in an extension. Proofs are not checked here: the CLR and each nested credential go to
 * the verifier as signed parts. The mapping rules are in the module README.
 */
public final class Clr2Mapper implements RecordMapper {

    public static final String FORMAT_ID = "clr2";

    /** The packager (the CLR's {@code issuer}) as written, on every record. */
    public static final String PACKAGER_EXTENSION = "clr:packager";
    /** The CLR's own fields (see {@link ClrFields}), on every record. */
    public static final String CREDENTIAL_EXTENSION = "clr:credential";

    static final String SUBJECT = "credentialSubject";
    private static final String CLR_TYPE = "ClrCredential";

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return VcEnvelope.peek(document, CLR_TYPE).filter(envelope -> isClr(envelope.credential())).isPresent();
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        VcEnvelope clr = VcEnvelope.readObject(document, "a CLR 2.0 credential is one JSON object");
        JsonNode credential = clr.credential();
        JsonNode subject = requireClrSubject(credential);
        List<String> warnings = new ArrayList<>();
        Subject holder = AchievementCredentialMapping.holder(subject, warnings);

        PackagedCredentials packaged = PackagedCredentials.map(clr, holder);
        if (packaged.mapped().isEmpty()) {
            throw new MappingException(SUBJECT + ".verifiableCredential holds no badge to map: a CLR 2.0 packages"
                    + " the learner's AchievementCredentials" + (packaged.problems().isEmpty() ? ""
                    : " (" + String.join("; ", packaged.problems()) + ")"));
        }
        ListedAchievements listed = ListedAchievements.of(subject);
        Associations associations = Associations.resolve(subject, packaged.mapped(), listed.ids());
        Object packager = JsonFields.toJava(credential.get("issuer"));
        Object clrFields = ClrFields.of(credential, packaged.unmapped(), listed.notAwarded(packaged.mapped()),
                associations.unresolved());

        List<LerRecord> records = new ArrayList<>();
        List<SignedPart> proofs = new ArrayList<>();
        for (PackagedCredential badge : packaged.mapped()) {
            LerRecordBuilder record = badge.record().toBuilder()
                    .extension(PACKAGER_EXTENSION, packager)
                    .extension(CREDENTIAL_EXTENSION, clrFields);
            associations.of(badge.sourceRecordId()).forEach(record::relation);
            records.add(record.build());
            badge.envelope().signedPart(List.of(badge.sourceRecordId())).ifPresent(proofs::add);
        }
        // the CLR's own proof decides all its records (the packager vouches for each); it goes first
        clr.signedPart(packaged.mapped().stream().map(PackagedCredential::sourceRecordId).toList())
                .ifPresent(part -> proofs.add(0, part));
        warnings.addAll(packaged.problems());
        warnings.addAll(packaged.warnings());
        warnings.addAll(associations.warnings());
        return new MappingResult(records, warnings, proofs);
    }

    private static boolean isClr(JsonNode credential) {
        List<String> types = JsonFields.texts(credential.get("type"));
        return types != null && types.contains(CLR_TYPE);
    }

    private static JsonNode requireClrSubject(JsonNode credential) throws MappingException {
        if (!isClr(credential)) {
            throw new MappingException("type " + JsonFields.toJava(credential.get("type")) + " names no CLR 2.0"
                    + " credential: expected [\"VerifiableCredential\", \"ClrCredential\"] (a single badge is format"
                    + " ob3)");
        }
        JsonNode subject = credential.path(SUBJECT);
        if (!subject.isObject()) {
            throw new MappingException(SUBJECT + " is missing or not an object: a ClrCredential must say whom it is"
                    + " about and hold their credentials (one ClrSubject object)");
        }
        return subject;
    }
}
