package org.lerhub.mappings.pesc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.lerhub.mappings.xml.XmlElement;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;

/**
 * One {@code Student/AcademicRecord}: its achievements first, then its courses (in sessions or directly under
 * the record) in document order, each course {@code isChildOf} the achievements it counts towards.
 */
final class AcademicRecordMapper {

    private final TranscriptContext context;
    private final XmlElement record;
    private final String path;
    /** The achievements' sourceRecordIds, with the programs each is for, in document order. */
    private final Map<String, Set<String>> achievements = new LinkedHashMap<>();

    private AcademicRecordMapper(TranscriptContext context, XmlElement record, String path) {
        this.context = context;
        this.record = record;
        this.path = path;
    }

    /** @param path e.g. {@code AcademicRecord[2]} */
    static List<LerRecord> map(TranscriptContext context, XmlElement record, String path) {
        return new AcademicRecordMapper(context, record, path).map();
    }

    private List<LerRecord> map() {
        List<LerRecord> records = new ArrayList<>(awards());
        if (records.isEmpty()) {
            FieldReader fields = recordFields();
            AchievementMapper.transcript(context, issuer(fields), fields).ifPresent(transcript -> {
                records.add(transcript);
                achievements.put(path, Set.of());
            });
        }
        records.addAll(courses());
        if (records.isEmpty()) {
            context.warnings().add(path + schoolName() + " has no award, GPA or course;"
                    + " it is kept in the original document only");
        }
        return records;
    }

    /**
     * Awards directly under the record and, as high school transcripts have them, under its sessions; such an award
     * keeps the session's fields (its dates, its school when that did not issue it) under {@code AcademicSession}.
     */
    private List<LerRecord> awards() {
        List<LerRecord> awards = new ArrayList<>();
        forEach(record, path, "AcademicAward",
                (award, awardPath) -> awards.add(award(award, awardPath, Optional.empty(), Map.of())));
        forEach(record, path, "AcademicSession", (session, sessionPath) -> {
            FieldReader fields = reader(session, sessionPath);
            Optional<Organization> school = sessionIssuer(fields);
            fields.mapped("Course", "AcademicAward");
            Map<String, Object> sessionFields = fields.leftovers();
            forEach(session, sessionPath, "AcademicAward",
                    (award, awardPath) -> awards.add(award(award, awardPath, school, sessionFields)));
        });
        return awards;
    }

    private LerRecord award(XmlElement award, String awardPath, Optional<Organization> sessionSchool,
                            Map<String, Object> sessionFields) {
        achievements.put(awardPath, Session.programNames(award, "AcademicAwardProgram"));
        FieldReader fields = recordFields();
        // the record's School stays in the award's extensions when the session's school issued the award
        Organization issuer = sessionSchool.orElseGet(() -> issuer(fields));
        return AchievementMapper.award(context, issuer, reader(award, awardPath), fields)
                .extension("AcademicSession", sessionFields).build();
    }

    private List<LerRecord> courses() {
        Organization recordIssuer = issuer(recordFields());
        List<LerRecord> courses = new ArrayList<>();
        forEach(record, path, "AcademicSession", (session, sessionPath) -> {
            if (session.children("Course").isEmpty() && session.children("AcademicAward").isEmpty()) {
                context.warnings().add(sessionPath + " has no course or award;"
                        + " its details are kept in the original document only");
            }
            FieldReader fields = reader(session, sessionPath);
            Organization issuer = sessionIssuer(fields).orElse(recordIssuer);
            Session details = Session.of(fields, issuer == null ? null : issuer.name());
            forEach(session, sessionPath, "Course", (course, coursePath) -> courses.add(CourseMapper.map(context,
                    issuer, reader(course, coursePath), details, parentsFor(details.programs()))));
        });
        forEach(record, path, "Course", (course, coursePath) -> courses.add(CourseMapper.map(context, recordIssuer,
                reader(course, coursePath), Session.NONE, parentsFor(Set.of()))));
        return courses;
    }

    /**
     * The session's {@code School} as the issuer of what the session holds, where the kind of transcript says so
     * (high school) and the school is named or identified; a {@code <School/>} with nothing in it names nobody.
     */
    private Optional<Organization> sessionIssuer(FieldReader session) {
        if (!context.kind().sessionSchoolIssues()) {
            return Optional.empty();
        }
        return session.nested("School").map(PescOrganizations::issuer)
                .filter(school -> school.name() != null || !school.identifiers().isEmpty());
    }

    /**
     * PESC does not say which award a course counts towards. When the course's session names the program of some
     * awards, those; otherwise every achievement of the academic record.
     */
    private List<String> parentsFor(Set<String> sessionPrograms) {
        List<String> matching = achievements.entrySet().stream()
                .filter(achievement -> !Collections.disjoint(achievement.getValue(), sessionPrograms))
                .map(Map.Entry::getKey).toList();
        return matching.isEmpty() ? List.copyOf(achievements.keySet()) : matching;
    }

    /**
     * A fresh reader of the record's own fields, with the parts that become records of their own taken. Each
     * achievement gets its own, because which of the record's fields it maps (its GPA or not) differs.
     */
    private FieldReader recordFields() {
        FieldReader fields = reader(record, path);
        fields.mapped("AcademicAward", "AcademicSession", "Course");
        return fields;
    }

    /** The record's {@code School}, else the transcript's sender. */
    private Organization issuer(FieldReader recordFields) {
        return recordFields.nested("School").map(PescOrganizations::issuer).orElse(context.sender());
    }

    /** " (AUSTIN COMMUNITY COLLEGE)", for messages. */
    private String schoolName() {
        return record.child("School").map(school -> school.childText("OrganizationName"))
                .map(name -> " (" + name + ")").orElse("");
    }

    private FieldReader reader(XmlElement element, String elementPath) {
        return new FieldReader(element, elementPath, context.warnings());
    }

    /** Calls {@code action} with each such child and its path, {@code Name[1]}, {@code Name[2]}… */
    private static void forEach(XmlElement parent, String parentPath, String name,
                                BiConsumer<XmlElement, String> action) {
        List<XmlElement> children = parent.children(name);
        for (int i = 0; i < children.size(); i++) {
            action.accept(children.get(i), parentPath + "/" + name + "[" + (i + 1) + "]");
        }
    }
}
