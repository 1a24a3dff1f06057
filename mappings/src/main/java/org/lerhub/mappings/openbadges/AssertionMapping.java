package org.lerhub.mappings.openbadges;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.mapping.MappingException;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Evidence;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;

/**
 * One Open Badges 2.0 Assertion, with its BadgeClass and the BadgeClass's Issuer (embedded or linked), as one
 * {@link RecordKind#ACHIEVEMENT} record; use one instance per assertion. Every field read is marked, and the
 * rest goes to the extensions: the assertion's under their names, the BadgeClass's with the prefix
 * {@code badge.} where a name clashes. Linked documents are not part of the original the hub keeps, so what they
 * say beyond the schema is kept here or nowhere.
 */
final class AssertionMapping {

    private static final String BADGE = "badge.";
    private static final String ACHIEVEMENT_TYPE = "Badge"; // OB 2.0 has no kinds of achievement

    private final LinkedDocuments links;
    private final List<String> warnings = new ArrayList<>();
    private final Extensions extensions = new Extensions();

    AssertionMapping(LinkedDocuments links) {
        this.links = links;
    }

    List<String> warnings() {
        return warnings;
    }

    /** @throws MappingException when the BadgeClass, which names the achievement, is neither embedded nor fetched */
    LerRecord map(JsonNode json, TrustLevel trust, String sourceRecordId) throws MappingException {
        TrackedObject assertion = TrackedObject.of(json);
        assertion.impliedType("Assertion");
        TrackedObject badge = badgeClass(assertion);
        badge.impliedType("BadgeClass");
        TrackedObject issuerProfile = issuerProfile(badge);
        TrackedObject recipient = assertion.object("recipient");
        TrackedObject verification = assertion.object("verification");
        verification.impliedType("VerificationObject");
        verification.text("type"); // decided the trust, see AssertionVerification

        LerRecordBuilder record = LerRecord.builder(RecordKind.ACHIEVEMENT)
                .provenance(Provenance.mapped(OpenBadges2Mapper.FORMAT_ID, trust, sourceRecordId))
                .achievementType(ACHIEVEMENT_TYPE)
                .title(badge.text("name"))
                .description(badge.text("description"))
                .issuer(Profiles.issuerOf(badge, issuerProfile, warnings,
                        "the BadgeClass names no issuer: the record has no issuer to verify or trust"))
                .subject(Recipients.subject(recipient, warnings))
                .dates(new CredentialDates(warnings).readAssertion(assertion));
        List<TrackedObject> alignments = badge.objects("alignment");
        record.skills(Alignments.skills(alignments, badge.texts("tags")));
        List<TrackedObject> evidence = evidence(assertion, record);
        warnIfRevoked(assertion);

        extensions.keepUnread(assertion, Extensions.CREDENTIAL);
        extensions.keepIfPartial("recipient", recipient, Extensions.CREDENTIAL);
        extensions.keepIfPartial("verification", verification, Extensions.CREDENTIAL);
        extensions.keepPartial("evidence", evidence, Extensions.CREDENTIAL);
        extensions.keepUnread(badge, BADGE);
        extensions.keepPartial("alignment", alignments, BADGE);
        extensions.keepIfPartial("issuer", issuerProfile, BADGE);
        return record.extensions(extensions.asMap()).build();
    }

    /** The BadgeClass, embedded or fetched from its URL; without it the record would not say what was achieved. */
    private TrackedObject badgeClass(TrackedObject assertion) throws MappingException {
        TrackedObject embedded = assertion.object("badge");
        if (embedded.isPresent()) {
            return embedded;
        }
        String url = assertion.text("badge");
        if (url == null) {
            throw new MappingException("badge is missing: an Open Badges 2.0 assertion names its BadgeClass (an"
                    + " object, or the URL it is published at)");
        }
        try {
            return TrackedObject.of(links.fetch(url, "BadgeClass"));
        } catch (MappingException e) {
            throw new MappingException(e.getMessage() + ": it names the achievement, so the assertion cannot be"
                    + " mapped without it", e);
        }
    }

    /** The Issuer Profile, embedded or fetched; an absent one when only its URL is known (then with a warning). */
    private TrackedObject issuerProfile(TrackedObject badge) {
        TrackedObject embedded = badge.object("issuer");
        String url = badge.peek("issuer").isString() ? badge.peek("issuer").stringValue() : null;
        if (embedded.isPresent() || url == null) {
            return embedded;
        }
        try {
            TrackedObject fetched = TrackedObject.of(links.fetch(url, "Issuer"));
            badge.markRead("issuer"); // the URL is the fetched profile's id
            return fetched;
        } catch (MappingException e) {
            warnings.add(e.getMessage() + ": the record names its issuer by that URL only");
            return TrackedObject.of(null);
        }
    }

    /**
     * Evidence given as URLs or Evidence objects, and the assertion's {@code narrative} (the story that connects
     * them) as one more item; the objects are returned so what they hold beyond the schema can be kept.
     */
    private static List<TrackedObject> evidence(TrackedObject assertion, LerRecordBuilder record) {
        List<TrackedObject> items = assertion.objects("evidence");
        items.forEach(item -> record.evidence(EvidenceItems.of(item)));
        assertion.texts("evidence").forEach(url -> record.evidence(new Evidence(url, null, null, null, null)));
        String narrative = assertion.text("narrative");
        if (narrative != null) {
            record.evidence(new Evidence(null, null, null, narrative, null));
        }
        return items;
    }

    /** A revoked assertion is still mapped (the record shows what was revoked); the verifier decides its status. */
    private void warnIfRevoked(TrackedObject assertion) {
        JsonNode revoked = assertion.peek("revoked");
        if (revoked.isBoolean() && revoked.booleanValue()) {
            JsonNode reason = assertion.peek("revocationReason");
            warnings.add("the assertion says it is revoked" + (reason.isString() ? ": " + reason.stringValue() : ""));
        }
    }
}
