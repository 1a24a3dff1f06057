package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement about a learner: an achievement, a course or a job.
 *
 * <p>A mapper fills what the source says; the pipeline then adds the id, the document side of
 * {@link Provenance}, the {@link Verification} and the resolved learner. {@code course} is set only for
 * {@link RecordKind#COURSE}, {@code employment} only for {@link RecordKind#EMPLOYMENT}.
 *
 * @param achievementType for achievements, as OB 3.0 names them: Badge, Certificate, Degree, Diploma, License,
 *                        Competency, MilitaryTraining…
 * @param extensions      source fields with no slot of their own, keyed by the source's name for them; values
 *                        are strings, numbers, booleans, lists and maps
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LerRecord(RecordId id, String schemaVersion, RecordKind kind, String achievementType, String title,
                        String description, Organization issuer, Subject subject, Dates dates, Course course,
                        Employment employment, Result result, List<Skill> skills, List<Evidence> evidence,
                        List<CreditRecommendation> creditRecommendations, List<Relation> relations,
                        Provenance provenance, Verification verification, Map<String, Object> extensions) {

    public LerRecord {
        skills = skills == null ? List.of() : List.copyOf(Skill.distinct(skills));
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        creditRecommendations = creditRecommendations == null ? List.of() : List.copyOf(creditRecommendations);
        relations = relations == null ? List.of() : List.copyOf(relations);
        // insertion order kept so golden files and exports are stable
        extensions = extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static LerRecordBuilder builder(RecordKind kind) {
        return new LerRecordBuilder(kind);
    }

    public LerRecordBuilder toBuilder() {
        return new LerRecordBuilder(this);
    }
}
