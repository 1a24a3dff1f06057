package org.lerhub.mappings.openbadges;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;

/**
 * One OpenBadgeCredential (or AchievementCredential) as one {@link RecordKind#ACHIEVEMENT} record; use one
 * instance per credential. Every field read here is marked, and whatever is left over goes to the extensions
 * (see {@link Extensions}).
 *
 * <p>Public because badges also come inside other documents (a CLR 2.0 holds them): those mappers map each one
 * with this class, so that a badge means the same whatever it arrived in.
 */
public final class AchievementCredentialMapping {

    private static final String DEFAULT_ACHIEVEMENT_TYPE = "Badge";
    private static final String SUBJECT = "credentialSubject.";
    private static final String ACHIEVEMENT = "achievement.";
    private static final String CLR_TYPE = "ClrCredential";

    private final String formatId;
    private final List<String> warnings = new ArrayList<>();
    private final Extensions extensions = new Extensions();

    /** @param formatId the format of the document the credential came in, for the records' provenance */
    public AchievementCredentialMapping(String formatId) {
        this.formatId = formatId;
    }

    /** Warnings collected while mapping: things a person should know that did not stop it. */
    public List<String> warnings() {
        return warnings;
    }

    /** Why the credential is not an Open Badges 3.0 badge, or null when it is one. */
    public static String notABadge(JsonNode credential) {
        List<String> types = JsonFields.texts(credential.get("type"));
        if (types == null || types.isEmpty()) {
            return "type is missing or not a list of names: an Open Badges 3.0 credential has type"
                    + " [\"VerifiableCredential\", \"OpenBadgeCredential\"]";
        }
        if (types.contains(CLR_TYPE)) {
            return "type " + types + " is a CLR 2.0 credential, not a single badge: ingest it with format clr2";
        }
        if (!types.contains(OpenBadges3Mapper.OB_TYPE) && !types.contains(OpenBadges3Mapper.OB_ALIAS)) {
            return "type " + types + " names no Open Badges 3.0 credential: expected OpenBadgeCredential or"
                    + " AchievementCredential (EndorsementCredentials and status lists are not mapped)";
        }
        return null;
    }

    /** Why {@link #map} cannot map the credential (not a badge, or no subject or achievement), or null. */
    public static String notMappable(JsonNode credential) {
        String reason = notABadge(credential);
        if (reason != null) {
            return reason;
        }
        JsonNode subject = credential.path("credentialSubject");
        reason = notAnObject(subject, "credentialSubject",
                "say whom it was awarded to and what they achieved (one AchievementSubject object)");
        return reason != null ? reason : notAnObject(subject.path("achievement"), "credentialSubject.achievement",
                "say what was achieved (an Achievement object)");
    }

    /**
     * The learner a credential subject (an AchievementSubject, or a CLR's ClrSubject) names by {@code id} and
     * {@code identifier[]}, for credentials inside it whose own subject names nobody.
     */
    public static Subject holder(JsonNode credentialSubject, List<String> warnings) {
        TrackedObject subject = TrackedObject.of(credentialSubject);
        return AchievementSubjects.subject(subject, subject.objects("identifier"), null, warnings);
    }

    /**
     * The record of a credential that {@link #notMappable} accepts.
     *
     * @param holder whom the enclosing document (a CLR) is about; stands in for a subject that names nobody, or
     *               null for a credential on its own
     */
    public LerRecord map(JsonNode json, TrustLevel trust, String sourceRecordId, Subject holder) {
        TrackedObject credential = TrackedObject.of(json);
        credential.impliedType(OpenBadges3Mapper.VC_TYPE, OpenBadges3Mapper.OB_TYPE, OpenBadges3Mapper.OB_ALIAS);
        credential.markRead("proof"); // handed to the verifier whole, as the signed part
        TrackedObject subject = credential.object("credentialSubject");
        subject.impliedType("AchievementSubject");
        TrackedObject achievement = subject.object("achievement");
        achievement.impliedType("Achievement");

        LerRecordBuilder record = LerRecord.builder(RecordKind.ACHIEVEMENT)
                .provenance(Provenance.mapped(formatId, trust, sourceRecordId));
        String achievementType = achievement.text("achievementType");
        String title = firstText("name", achievement, credential);
        TrackedObject profile = credential.object("issuer");
        List<TrackedObject> identities = subject.objects("identifier");
        record.achievementType(achievementType != null ? achievementType : DEFAULT_ACHIEVEMENT_TYPE)
                .title(title)
                .description(firstText("description", achievement, credential))
                .issuer(Profiles.issuerOf(credential, profile, warnings,
                        "issuer is missing: the record has no issuer to verify or trust"))
                .subject(AchievementSubjects.subject(subject, identities, holder, warnings))
                .dates(new CredentialDates(warnings).read(credential, subject));

        List<TrackedObject> results = subject.objects("result");
        record.result(Results.result(results, subject.decimal("creditsEarned"), achievement));
        List<TrackedObject> alignments = achievement.objects("alignment");
        List<String> labels = new ArrayList<>(achievement.texts("tag"));
        if ("Competency".equals(achievementType) && title != null) {
            labels.add(title); // a Competency achievement is itself a skill
        }
        record.skills(Alignments.skills(alignments, labels));
        List<TrackedObject> evidence = credential.objects("evidence");
        evidence.forEach(item -> record.evidence(EvidenceItems.of(item)));

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

    private static String notAnObject(JsonNode node, String path, String purpose) {
        if (node.isObject()) {
            return null;
        }
        String found = node.isMissingNode() || node.isNull() ? "is missing"
                : "is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object";
        return path + " " + found + ": an OpenBadgeCredential must " + purpose;
    }
}
