package org.lerhub.mappings.clr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.schema.Relation;
import tools.jackson.databind.JsonNode;

/**
 * A CLR's {@code credentialSubject.association[]} as {@link Relation}s between its records.
 *
 * <p>An association links two achievements by id ({@code sourceId} {@code associationType} {@code targetId}, e.g.
 * a degree {@code isParentOf} a course). The records are those of the credentials that award them; an id that
 * is no achievement's is tried as a credential id. The relation goes on the source record, pointing at the
 * target's {@code sourceRecordId}, with the type as written; {@code isParentOf} and {@code isChildOf} also get
 * their inverse on the target, so that a course points at its degree as PESC courses do, whichever way the CLR
 * put it. An association that does not join two records (an end that is only a listed achievement, an unknown
 * id, no type) is kept as written for the CLR extension.
 */
final class Associations {

    private static final String FIELD = "association";
    private static final Map<String, String> INVERSES = Map.of("isParentOf", "isChildOf", "isChildOf", "isParentOf");

    private final Map<String, List<String>> recordsByAchievement = new LinkedHashMap<>();
    private final Set<String> recordIds = new LinkedHashSet<>();
    private final Set<String> listedIds;
    private final Map<String, Set<Relation>> relations = new LinkedHashMap<>();
    private final List<JsonNode> unresolved = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Associations(List<PackagedCredential> credentials, Set<String> listedIds) {
        this.listedIds = listedIds;
        for (PackagedCredential credential : credentials) {
            recordIds.add(credential.sourceRecordId());
            if (credential.achievementId() != null) {
                recordsByAchievement.computeIfAbsent(credential.achievementId(), id -> new ArrayList<>())
                        .add(credential.sourceRecordId());
            }
        }
    }

    /**
     * @param listedIds ids of the achievements the CLR lists without awarding them; an association that ends at one
     *                  is kept without a warning, as that is what such a listing is for
     */
    static Associations resolve(JsonNode subject, List<PackagedCredential> credentials, Set<String> listedIds) {
        Associations associations = new Associations(credentials, listedIds);
        List<JsonNode> items = JsonFields.items(subject.get(FIELD));
        for (int i = 0; i < items.size(); i++) {
            associations.resolve(items.get(i), Clr2Mapper.SUBJECT + "." + FIELD + "[" + i + "]");
        }
        return associations;
    }

    /** The relations of the record with this {@code sourceRecordId}. */
    List<Relation> of(String sourceRecordId) {
        return List.copyOf(relations.getOrDefault(sourceRecordId, Set.of()));
    }

    /** The associations that joined no two records, as written. */
    List<JsonNode> unresolved() {
        return unresolved;
    }

    List<String> warnings() {
        return warnings;
    }

    private void resolve(JsonNode association, String path) {
        String type = JsonFields.text(association.get("associationType"));
        List<String> sources = end(association, "sourceId", path);
        List<String> targets = end(association, "targetId", path);
        if (type == null) {
            warnings.add(path + ": no associationType; kept in " + Clr2Mapper.CREDENTIAL_EXTENSION);
        }
        if (type == null || sources.isEmpty() || targets.isEmpty()) {
            unresolved.add(association);
            return;
        }
        for (String source : sources) {
            for (String target : targets) {
                link(source, type, target);
                String inverse = INVERSES.get(type);
                if (inverse != null) {
                    link(target, inverse, source);
                }
            }
        }
    }

    /** The records one end of an association names, with a warning where that is not plainly one record. */
    private List<String> end(JsonNode association, String field, String path) {
        String id = JsonFields.text(association.get(field));
        if (id == null) {
            warnings.add(path + ": no " + field + "; kept in " + Clr2Mapper.CREDENTIAL_EXTENSION);
            return List.of();
        }
        List<String> records = recordsByAchievement.getOrDefault(id,
                recordIds.contains(id) ? List.of(id) : List.of());
        if (records.isEmpty() && !listedIds.contains(id)) {
            warnings.add(path + ": " + field + " " + id + " names no achievement or credential of this CLR; kept in "
                    + Clr2Mapper.CREDENTIAL_EXTENSION);
        } else if (records.size() > 1) {
            warnings.add(path + ": " + field + " " + id + " is the achievement of " + records.size()
                    + " credentials; each of their records is linked");
        }
        return records;
    }

    private void link(String from, String type, String to) {
        if (!from.equals(to)) {
            relations.computeIfAbsent(from, id -> new LinkedHashSet<>()).add(new Relation(type, to));
        }
    }
}
