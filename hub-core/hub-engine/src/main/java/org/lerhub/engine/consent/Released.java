package org.lerhub.engine.consent;

import org.lerhub.schema.Employment;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Subject;

/** What of a record a grant releases: the whole record (earnings only if granted), or its skills summary. */
final class Released {

    private Released() {
    }

    static LerRecord view(LerRecord record, Grant grant) {
        if (!grant.releasesFullRecord()) {
            return LerRecord.builder(record.kind()).id(record.id()).schemaVersion(record.schemaVersion())
                    .achievementType(record.achievementType()).title(record.title())
                    .subject(new Subject(record.subject().learnerId(), record.subject().name(), null, null, null))
                    .skills(record.skills()).build();
        }
        Employment employment = record.employment();
        if (employment == null || grant.includeEarnings() || employment.earnings().isEmpty()) {
            return record;
        }
        return record.toBuilder().employment(new Employment(employment.employer(), employment.position(),
                employment.start(), employment.end(), employment.current(), employment.location(),
                employment.relationship(), null)).build();
    }
}
