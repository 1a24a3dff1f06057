package org.lerhub.mappings.clr;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lerhub.mapping.LearnerRecords;
import org.lerhub.mapping.RecordExporter;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Relation;
import org.lerhub.schema.Skill;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's learning records as one 1EdTech CLR 2.0 {@code ClrCredential}: the hub is the packager (issuer of the
 * CLR), each course and achievement is an {@code AchievementCredential} naming its own issuer, and relations
 * between records of one document (a course part of a degree) become {@code association}s. Employment has no place
 * in a CLR and goes to the LER-RS export. The CLR is not signed: it carries what the hub holds, and each record's
 * verification stays in the hub (and in the originals, which are downloadable).
 */
public final class Clr2Exporter implements RecordExporter {

    static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    private static final List<String> BADGE_CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    /** Open Badges 3.0's AchievementType vocabulary; other kinds are written as {@code ext:…}, as the spec asks. */
    private static final Set<String> ACHIEVEMENT_TYPES = Set.of("Achievement", "ApprenticeshipCertificate",
            "Assessment", "Assignment", "AssociateDegree", "Award", "Badge", "BachelorDegree", "Certificate",
            "CertificateOfCompletion", "Certification", "CommunityService", "Competency", "Course", "CoCurricular",
            "Degree", "Diploma", "DoctoralDegree", "Fieldwork", "GeneralEducationDevelopment", "JourneymanCertificate",
            "LearningProgram", "License", "Membership", "ProfessionalDoctorate", "QualityAssuranceCredential",
            "MasterCertificate", "MasterDegree", "MicroCredential", "ResearchDoctorate", "SecondarySchoolDiploma");
    private static final Set<String> ASSOCIATION_TYPES = Set.of("exactMatchOf", "isChildOf", "isParentOf",
            "isPartOf", "isPeerOf", "isRelatedTo", "precedes", "replacedBy");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String formatId() {
        return Clr2Mapper.FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return "application/vc+ld+json";
    }

    @Override
    public String fileName() {
        return "my-clr.json";
    }

    @Override
    public byte[] export(LearnerRecords learner) {
        ObjectNode clr = JSON.createObjectNode();
        strings(clr.putArray("@context"), CONTEXTS);
        clr.put("id", "urn:uuid:" + uuid("clr", learner.learnerId(), learner.exportedAt().toString()));
        strings(clr.putArray("type"), List.of("VerifiableCredential", "ClrCredential"));
        ObjectNode packager = clr.putObject("issuer");
        packager.put("id", learner.exportedBy());
        strings(packager.putArray("type"), List.of("Profile"));
        packager.put("name", "LER Hub");
        clr.put("name", "Comprehensive Learner Record" + (learner.displayName() == null ? ""
                : " of " + learner.displayName()));
        clr.put("validFrom", learner.exportedAt().toString());
        ObjectNode subject = clr.putObject("credentialSubject");
        strings(subject.putArray("type"), List.of("ClrSubject"));
        identifiers(subject, learner.emails());
        ArrayNode credentials = subject.putArray("verifiableCredential");
        List<LerRecord> learning = learner.records().stream().filter(r -> r.kind() != RecordKind.EMPLOYMENT).toList();
        for (LerRecord record : learning) {
            credentials.add(credential(record, learner));
        }
        ArrayNode associations = associations(learning);
        if (!associations.isEmpty()) {
            subject.set("association", associations);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(clr).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode credential(LerRecord record, LearnerRecords learner) {
        ObjectNode credential = JSON.createObjectNode();
        strings(credential.putArray("@context"), BADGE_CONTEXTS);
        credential.put("id", "urn:uuid:" + uuid("credential", record.id().value()));
        strings(credential.putArray("type"), List.of("VerifiableCredential", "AchievementCredential"));
        credential.set("issuer", profile(record.issuer()));
        credential.put("validFrom", validFrom(record, learner.exportedAt()).toString());
        if (record.dates() != null && record.dates().validUntil() != null) {
            credential.put("validUntil", record.dates().validUntil().toString());
        }
        credential.put("name", record.title());
        ObjectNode subject = credential.putObject("credentialSubject");
        strings(subject.putArray("type"), List.of("AchievementSubject"));
        identifiers(subject, learner.emails());
        subject.set("achievement", achievement(record));
        BigDecimal credits = record.result() != null && record.result().creditsEarned() != null
                ? record.result().creditsEarned()
                : record.course() == null ? null : record.course().creditsEarned();
        if (credits != null) {
            subject.put("creditsEarned", credits);
        }
        if (record.result() != null && (record.result().grade() != null || record.result().status() != null)) {
            ObjectNode result = subject.putArray("result").addObject();
            strings(result.putArray("type"), List.of("Result"));
            if (record.result().grade() != null) {
                result.put("value", record.result().grade());
            }
            if (record.result().status() != null) {
                result.put("status", record.result().status());
            }
        }
        return credential;
    }

    private static ObjectNode achievement(LerRecord record) {
        ObjectNode achievement = JSON.createObjectNode();
        achievement.put("id", achievementId(record));
        strings(achievement.putArray("type"), List.of("Achievement"));
        String type = record.kind() == RecordKind.COURSE ? "Course" : record.achievementType();
        if (type != null) {
            achievement.put("achievementType", ACHIEVEMENT_TYPES.contains(type) || type.startsWith("ext:") ? type
                    : "ext:" + type.replaceAll("[^A-Za-z0-9]", ""));
        }
        achievement.put("name", record.title());
        if (record.description() != null) {
            achievement.put("description", record.description());
        }
        achievement.putObject("criteria").put("narrative", record.description() != null ? record.description()
                : record.title());
        if (record.course() != null) {
            if (record.course().code() != null) {
                achievement.put("humanCode", record.course().code());
            }
            if (record.course().subject() != null) {
                achievement.put("fieldOfStudy", record.course().subject());
            }
            if (record.course().creditsAttempted() != null) {
                achievement.put("creditsAvailable", record.course().creditsAttempted());
            }
        }
        ArrayNode alignments = JSON.createArrayNode();
        ArrayNode tags = JSON.createArrayNode();
        for (Skill skill : record.skills()) {
            if (skill.url() != null && skill.label() != null) {
                // targetUrl is required of an OB 3.0 alignment; skills without one travel as tags
                ObjectNode alignment = alignments.addObject();
                strings(alignment.putArray("type"), List.of("Alignment"));
                alignment.put("targetName", skill.label());
                alignment.put("targetUrl", skill.url());
                if (skill.framework() != null) {
                    alignment.put("targetFramework", skill.framework());
                }
                if (skill.code() != null) {
                    alignment.put("targetCode", skill.code());
                }
            } else if (skill.label() != null) {
                tags.add(skill.label());
            }
        }
        if (!alignments.isEmpty()) {
            achievement.set("alignment", alignments);
        }
        if (!tags.isEmpty()) {
            achievement.set("tag", tags);
        }
        return achievement;
    }

    /** Relations name records of the same document by their id in the source; associations link achievements. */
    private static ArrayNode associations(List<LerRecord> records) {
        Map<String, LerRecord> bySource = new HashMap<>();
        records.forEach(record -> {
            if (record.provenance() != null && record.provenance().sourceRecordId() != null) {
                bySource.put(record.provenance().documentId() + " " + record.provenance().sourceRecordId(), record);
            }
        });
        ArrayNode associations = JSON.createArrayNode();
        for (LerRecord record : records) {
            for (Relation relation : record.relations()) {
                LerRecord target = record.provenance() == null ? null
                        : bySource.get(record.provenance().documentId() + " " + relation.target());
                if (target != null && relation.type() != null && ASSOCIATION_TYPES.contains(relation.type())) {
                    ObjectNode association = associations.addObject();
                    strings(association.putArray("type"), List.of("Association"));
                    association.put("associationType", relation.type());
                    association.put("sourceId", achievementId(record));
                    association.put("targetId", achievementId(target));
                }
            }
        }
        return associations;
    }

    private static ObjectNode profile(Organization issuer) {
        ObjectNode profile = JSON.createObjectNode();
        String name = issuer == null || issuer.name() == null ? "Unknown issuer" : issuer.name();
        boolean uri = issuer != null && issuer.id() != null && issuer.id().matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+");
        profile.put("id", uri ? issuer.id() : "urn:uuid:" + uuid("issuer", name));
        strings(profile.putArray("type"), List.of("Profile"));
        profile.put("name", name);
        if (issuer != null && issuer.url() != null) {
            profile.put("url", issuer.url());
        }
        return profile;
    }

    private static void identifiers(ObjectNode subject, List<String> emails) {
        ArrayNode identifiers = subject.putArray("identifier");
        for (String email : emails) {
            ObjectNode identity = identifiers.addObject();
            identity.put("type", "IdentityObject");
            identity.put("identityHash", email);
            identity.put("identityType", "emailAddress");
            identity.put("hashed", false);
        }
    }

    /** The record's own validity start, else its issue or end date, else the export's time. */
    private static Instant validFrom(LerRecord record, Instant exportedAt) {
        var dates = record.dates();
        if (dates == null) {
            return exportedAt;
        }
        if (dates.validFrom() != null) {
            return dates.validFrom();
        }
        var day = dates.issued() != null ? dates.issued() : dates.activityEnd() != null ? dates.activityEnd()
                : dates.activityStart();
        return day == null ? exportedAt : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String achievementId(LerRecord record) {
        return "urn:uuid:" + uuid("achievement", record.id().value());
    }

    /** Stable ids: the same record exports with the same ids every time. */
    private static UUID uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
