package org.lerhub.mappings.hropen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.mappings.openbadges.AchievementCredentialMapping;
import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Relation;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;

/**
 * The credentials a résumé embeds to back its entries ({@code verifications[]}). An Open Badges 3.0 credential (JSON
 * with its proof, or a VC-JWT) becomes a record of its own, mapped as a badge on its own is mapped and verified on its
 * own proof, so an issuer's word is not reduced to the learner's claim; the entry's records relate to it. The
 * résumé's learner stands in for a badge subject that names nobody. Anything else (a transcript credential of
 * another kind, a reference) is kept as written on the entry's records, with a warning.
 */
final class EmbeddedCredentials {

    static final String FIELD = "verifications";
    /** How an entry's record points at a credential that backs it, in CLR association terms. */
    static final String RELATION = "isRelatedTo";

    private final String formatId;
    private final Subject holder;
    private final Consumer<String> warnings;
    private final List<LerRecord> records = new ArrayList<>();
    private final List<SignedPart> proofs = new ArrayList<>();

    EmbeddedCredentials(String formatId, Subject holder, Consumer<String> warnings) {
        this.formatId = formatId;
        this.holder = holder;
        this.warnings = warnings;
    }

    /** The records of every credential mapped so far, in document order. */
    List<LerRecord> records() {
        return records;
    }

    /** The signed ones, each deciding its own record. */
    List<SignedPart> proofs() {
        return proofs;
    }

    /**
     * Maps the credentials of one entry, relates the entry's records to them and keeps the rest on those records.
     *
     * @return the records made for the entry's credentials
     */
    List<LerRecord> map(TrackedObject entry, String path, List<LerRecordBuilder> entryRecords) {
        List<JsonNode> items = JsonFields.items(entry.peek(FIELD));
        entry.markRead(FIELD);
        List<LerRecord> mapped = new ArrayList<>();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "." + FIELD + "[" + i + "]";
            try {
                mapped.add(credential(items.get(i), itemPath));
            } catch (MappingException e) {
                kept.add(JsonFields.toJava(items.get(i)));
                warnings.accept(itemPath + " is not mapped (" + e.getMessage() + "): kept as written, not verified");
            }
        }
        for (LerRecordBuilder record : entryRecords) {
            mapped.forEach(credential -> record.relation(
                    new Relation(RELATION, credential.provenance().sourceRecordId())));
            if (!kept.isEmpty()) {
                record.extension(FIELD, kept);
            }
        }
        records.addAll(mapped);
        return mapped;
    }

    private LerRecord credential(JsonNode item, String path) throws MappingException {
        // the object is handed on re-serialized: the same JSON-LD data, which is what a Data Integrity proof signs
        VcEnvelope envelope = VcEnvelope.embedded(item, item.toString());
        String reason = AchievementCredentialMapping.notMappable(envelope.credential());
        if (reason != null) {
            throw new MappingException(reason);
        }
        AchievementCredentialMapping mapping = new AchievementCredentialMapping(formatId);
        LerRecord record = mapping.map(envelope.credential(),
                envelope.signed() ? TrustLevel.ISSUER_SIGNED : TrustLevel.SELF_ASSERTED, path, holder);
        mapping.warnings().forEach(warning -> warnings.accept(path + ": " + warning));
        envelope.signedPart(List.of(path)).ifPresent(proofs::add);
        return record;
    }
}
