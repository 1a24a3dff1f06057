package org.lerhub.mappings.openbadges;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Evidence;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Organization;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;

/**
 * One OpenBadgeCredential (or AchievementCredential) as one {@link RecordKind#ACHIEVEMENT} record; use one
 * instance per credential. The caller has checked that it has a subject and an achievement. Every field read
 * here is marked, and whatever is left over goes to the extensions (see {@link Extensions}).
 */
final class AchievementCredentialMapping {

    private static final String DEFAULT_ACHIEVEMENT_TYPE = "Badge";
    private static final String SUBJECT = "credentialSubject.";
    private static final String ACHIEVEMENT = "achievement.";

    private final List<String> warnings = new ArrayList<>();
    private final Extensions extensions = new Extensions();

    /** Warnings collected while mapping: things a person should know that did not stop it. */
    List<String> warnings() {
        return warnings;
    }

    LerRecord map(JsonNode json, TrustLevel trust, String sourceRecordId) {
        TrackedObject credential = TrackedObject.of(json);
        credential.impliedType(OpenBadges3Mapper.VC_TYPE, OpenBadges3Mapper.OB_TYPE, OpenBadges3Mapper.OB_ALIAS);
        credential.markRead("proof"); // handed to the verifier whole, as the signed part
        TrackedObject subject = credential.object("credentialSubject");
        subject.impliedType("AchievementSubject");
        TrackedObject achievement = subject.object("achievement");
        achievement.impliedType("Achievement");

        LerRecordBuilder record = LerRecord.builder(RecordKind.ACHIEVEMENT)
                .provenance(Provenance.mapped(OpenBadges3Mapper.FORMAT_ID, trust, sourceRecordId));
        String achievementType = achievement.text("achievementType");
        String title = firstText("name", achievement, credential);
        TrackedObject profile = credential.object("issuer");
        List<TrackedObject> identities = subject.objects("identifier");
        record.achievementType(achievementType != null ? achievementType : DEFAULT_ACHIEVEMENT_TYPE)
                .title(title)
                .description(firstText("description", achievement, credential))
                .issuer(issuer(credential, profile))
                .subject(AchievementSubjects.subject(subject, identities, warnings))
                .dates(new CredentialDates(warnings).read(credential, subject));

        List<TrackedObject> results = subject.objects("result");
        record.result(Results.result(results, subject.decimal("creditsEarned"), achievement));
        List<TrackedObject> alignments = achievement.objects("alignment");
        record.skills(skills(alignments, achievement, "Competency".equals(achievementType) ? title : null));
        List<TrackedObject> evidence = credential.objects("evidence");
        evidence.forEach(item -> record.evidence(evidence(item)));

        extensions.keepUnread(credential, Extensions.CREDENTIAL);
        extensions.keepIfPartial("issuer", profile, Extensions.CREDENTIAL);
        extensions.keepPartial("evidence", evidence, Extensions.CREDENTIAL);
        extensions.keepUnread(subject, SUBJECT);
        extensions.keepPartial("identifier", identities, SUBJECT);
        extensions.keepPartial("result", results, SUBJECT);
        extensions.keepUnread(achievement, ACHIEVEMENT);
        extensions.keepPartial("alignment", alignments, ACHIEVEMENT);
        return record.extensions(extensions.asMap()).build();
    }

    /** The issuer, given as a Profile object or as a bare IRI. */
    private Organization issuer(TrackedObject credential, TrackedObject profile) {
        if (profile.isPresent()) {
            return Profiles.issuer(profile);
        }
        String id = credential.text("issuer");
        if (id == null) {
            warnings.add("issuer is missing: the record has no issuer to verify or trust");
            return null;
        }
        return Profiles.issuer(id);
    }

    /**
     * Alignments (framework, code, URL) and tags as skills; a Competency achievement is itself a skill. An
     * alignment without a name is no usable skill and stays in the extensions.
     */
    private static List<Skill> skills(List<TrackedObject> alignments, TrackedObject achievement, String competency) {
        List<Skill> skills = new ArrayList<>();
        for (TrackedObject alignment : alignments) {
            alignment.impliedType("Alignment");
            if (alignment.has("targetName")) {
                skills.add(new Skill(alignment.text("targetName"), alignment.text("targetFramework"),
                        alignment.text("targetCode"), alignment.text("targetUrl")));
            }
        }
        achievement.texts("tag").forEach(tag -> skills.add(Skill.labelled(tag)));
        if (competency != null) {
            skills.add(Skill.labelled(competency));
        }
        return skills.stream().distinct().toList();
    }

    private static Evidence evidence(TrackedObject item) {
        item.impliedType("Evidence");
        return new Evidence(item.text("id"), item.text("name"), item.text("description"), item.text("narrative"),
                item.text("genre"));
    }

    /** The field from the first object that has it: the achievement's name, else the credential's. */
    private static String firstText(String field, TrackedObject... objects) {
        for (TrackedObject object : objects) {
            String value = object.text(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
