package org.lerhub.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link LerRecord}; mappers use it so that adding a schema field does not touch every mapper. */
public final class LerRecordBuilder {

    private RecordId id;
    private String schemaVersion = LerSchema.VERSION;
    private RecordKind kind;
    private String achievementType;
    private String title;
    private String description;
    private Organization issuer;
    private Subject subject;
    private Dates dates;
    private Course course;
    private Employment employment;
    private Result result;
    private final List<Skill> skills = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<CreditRecommendation> creditRecommendations = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private Provenance provenance;
    private Verification verification;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    LerRecordBuilder(RecordKind kind) {
        this.kind = kind;
    }

    LerRecordBuilder(LerRecord r) {
        id = r.id();
        schemaVersion = r.schemaVersion();
        kind = r.kind();
        achievementType = r.achievementType();
        title = r.title();
        description = r.description();
        issuer = r.issuer();
        subject = r.subject();
        dates = r.dates();
        course = r.course();
        employment = r.employment();
        result = r.result();
        skills.addAll(r.skills());
        evidence.addAll(r.evidence());
        creditRecommendations.addAll(r.creditRecommendations());
        relations.addAll(r.relations());
        provenance = r.provenance();
        verification = r.verification();
        extensions.putAll(r.extensions());
    }

    public LerRecordBuilder id(RecordId value) { id = value; return this; }
    public LerRecordBuilder schemaVersion(String value) { schemaVersion = value; return this; }
    public LerRecordBuilder kind(RecordKind value) { kind = value; return this; }
    public LerRecordBuilder achievementType(String value) { achievementType = value; return this; }
    public LerRecordBuilder title(String value) { title = value; return this; }
    public LerRecordBuilder description(String value) { description = value; return this; }
    public LerRecordBuilder issuer(Organization value) { issuer = value; return this; }
    public LerRecordBuilder subject(Subject value) { subject = value; return this; }
    /** Dates with nothing in them are left out rather than written as an empty object. */
    public LerRecordBuilder dates(Dates value) { dates = Dates.NONE.equals(value) ? null : value; return this; }
    public LerRecordBuilder course(Course value) { course = value; return this; }
    public LerRecordBuilder employment(Employment value) { employment = value; return this; }
    public LerRecordBuilder result(Result value) { result = value; return this; }
    public LerRecordBuilder skill(Skill value) { skills.add(value); return this; }
    public LerRecordBuilder skills(List<Skill> values) { skills.addAll(values); return this; }
    public LerRecordBuilder evidence(Evidence value) { evidence.add(value); return this; }
    public LerRecordBuilder creditRecommendation(CreditRecommendation value) { creditRecommendations.add(value); return this; }
    public LerRecordBuilder relation(Relation value) { relations.add(value); return this; }
    public LerRecordBuilder provenance(Provenance value) { provenance = value; return this; }
    public LerRecordBuilder verification(Verification value) { verification = value; return this; }

    /** Keeps a source field that has no slot of its own; null and empty values are left out. */
    public LerRecordBuilder extension(String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof java.util.Collection<?> c && c.isEmpty())
                && !(value instanceof Map<?, ?> m && m.isEmpty())) {
            extensions.put(name, value);
        }
        return this;
    }

    public LerRecordBuilder extensions(Map<String, ?> values) {
        values.forEach(this::extension);
        return this;
    }

    public LerRecord build() {
        if (kind == null) {
            throw new IllegalStateException("a record needs a kind");
        }
        return new LerRecord(id, schemaVersion, kind, achievementType, title, description, issuer, subject, dates,
                course, employment, result, skills, evidence, creditRecommendations, relations, provenance,
                verification, extensions);
    }
}
