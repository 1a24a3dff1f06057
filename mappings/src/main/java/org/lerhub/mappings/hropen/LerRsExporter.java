package org.lerhub.mappings.hropen;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.lerhub.mapping.LearnerRecords;
import org.lerhub.mapping.RecordExporter;
import org.lerhub.schema.Employment;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's records as one HR Open LER-RS résumé, the form HR systems and job boards take: positions grouped by
 * employer under {@code employmentHistories}, degrees and courses' institutions under {@code educationAndLearnings},
 * certificates and licenses, and every skill once. The fields are those {@link LerRsMapper} reads, so an export
 * reads back as the same records. Earnings stay out: LER-RS has no place for them and a résumé is shared widely.
 */
public final class LerRsExporter implements RecordExporter {

    /** The value the LER-RS JSON Schema requires (its enumeration names the 4.4 path, the 4.5 schema keeps it). */
    static final String TYPE = "http://schema.hropenstandards.org/4.4/recruiting/json/ler-rs/LER-RSType.json";
    private static final Set<String> CERTIFICATES = Set.of("Certificate", "Certification", "CertificateOfCompletion",
            "MicroCredential", "Badge");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String formatId() {
        return LerRsMapper.FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileName() {
        return "my-ler-rs.json";
    }

    @Override
    public byte[] export(LearnerRecords learner) {
        ObjectNode resume = JSON.createObjectNode();
        resume.put("type", TYPE);
        if (learner.displayName() != null) {
            resume.putObject("person").putObject("name").put("formattedName", learner.displayName());
        }
        ArrayNode emails = resume.putObject("communication").putArray("email");
        learner.emails().forEach(email -> emails.addObject().put("address", email));

        Map<String, ArrayNode> positionsByEmployer = new LinkedHashMap<>();
        ArrayNode histories = JSON.createArrayNode();
        ArrayNode education = JSON.createArrayNode();
        ArrayNode certifications = JSON.createArrayNode();
        ArrayNode licenses = JSON.createArrayNode();
        Set<String> skills = new LinkedHashSet<>();
        for (LerRecord record : learner.records()) {
            record.skills().stream().map(Skill::label).filter(label -> label != null).forEach(skills::add);
            if (record.kind() == RecordKind.EMPLOYMENT && record.employment() != null) {
                Employment job = record.employment();
                String employer = job.employer() == null || job.employer().name() == null ? "Unknown employer"
                        : job.employer().name();
                positionsByEmployer.computeIfAbsent(employer, name -> {
                    ObjectNode history = histories.addObject();
                    history.putObject("organization").put("name", name);
                    return history.putArray("positionHistories");
                }).add(position(record, job));
            } else if ("License".equals(record.achievementType())) {
                licenses.add(certification(record));
            } else if (record.achievementType() != null && CERTIFICATES.contains(record.achievementType())) {
                certifications.add(certification(record));
            } else if (record.kind() == RecordKind.ACHIEVEMENT && !"Competency".equals(record.achievementType())) {
                education.add(education(record));
            }
        }
        putIfAny(resume, "employmentHistories", histories);
        putIfAny(resume, "educationAndLearnings", education);
        putIfAny(resume, "certifications", certifications);
        putIfAny(resume, "licenses", licenses);
        ArrayNode skillList = JSON.createArrayNode();
        skills.forEach(skill -> skillList.addObject().put("name", skill));
        putIfAny(resume, "skills", skillList);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(resume).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode position(LerRecord record, Employment job) {
        ObjectNode position = JSON.createObjectNode();
        position.put("title", job.position() != null ? job.position() : record.title());
        if (record.description() != null) {
            position.putArray("descriptions").add(record.description());
        }
        putDate(position, "start", job.start());
        putDate(position, "end", job.end());
        position.put("current", job.current());
        if (job.relationship() != null) {
            position.put("resourceRelationshipCode", job.relationship());
        }
        return position;
    }

    /** A degree or other award: the institution, its dates, and the award as an {@code educationDegrees} entry. */
    private static ObjectNode education(LerRecord record) {
        ObjectNode entry = JSON.createObjectNode();
        entry.putObject("institution").put("name", name(record.issuer()));
        if (record.dates() != null) {
            putDate(entry, "start", record.dates().activityStart());
            putDate(entry, "end", record.dates().activityEnd());
        }
        ObjectNode degree = entry.putArray("educationDegrees").addObject();
        degree.put("name", record.title());
        if (record.dates() != null) {
            putDate(degree, "date", record.dates().issued());
        }
        if (record.result() != null && record.result().status() != null) {
            degree.put("degreeGrantedStatus", record.result().status());
        }
        return entry;
    }

    private static ObjectNode certification(LerRecord record) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("name", record.title());
        if (record.description() != null) {
            entry.putArray("descriptions").add(record.description());
        }
        entry.putObject("issuingAuthority").put("name", name(record.issuer()));
        if (record.dates() != null) {
            putDate(entry, "firstIssued", record.dates().issued());
            if (record.dates().validFrom() != null || record.dates().validUntil() != null) {
                ObjectNode period = entry.putObject("effectiveTimePeriod");
                if (record.dates().validFrom() != null) {
                    period.put("validFrom", record.dates().validFrom().atOffset(ZoneOffset.UTC).toLocalDateTime()
                            .toString());
                }
                if (record.dates().validUntil() != null) {
                    period.put("validTo", record.dates().validUntil().atOffset(ZoneOffset.UTC).toLocalDateTime()
                            .toString());
                }
            }
        }
        if (record.result() != null && record.result().status() != null) {
            entry.put("status", record.result().status());
        }
        return entry;
    }

    private static String name(Organization organization) {
        return organization == null || organization.name() == null ? "Unknown" : organization.name();
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date != null) {
            node.put(field, date.toString());
        }
    }

    private static void putIfAny(ObjectNode node, String field, ArrayNode values) {
        if (!values.isEmpty()) {
            node.set(field, values);
        }
    }
}
