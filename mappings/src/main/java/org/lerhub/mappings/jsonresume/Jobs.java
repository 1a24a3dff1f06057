package org.lerhub.mappings.jsonresume;

import java.util.List;
import java.util.Optional;
import org.lerhub.mappings.hropen.DateField;
import org.lerhub.mappings.hropen.ResumeContext;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Dates;
import org.lerhub.schema.Employment;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;

/**
 * A {@code work[]} or {@code volunteer[]} entry as one employment record: the position held, with the employer
 * (or the organization volunteered for) as the learner names it. Volunteering has the relationship
 * {@code Volunteer}. {@code highlights} and the employer's {@code description} stay in the extensions.
 */
final class Jobs {

    private static final String VOLUNTEER = "Volunteer";

    private Jobs() {
    }

    static Optional<LerRecordBuilder> job(TrackedObject entry, String path, ResumeContext context) {
        return Optional.of(position(entry, "name", null, path, context));
    }

    static Optional<LerRecordBuilder> volunteering(TrackedObject entry, String path, ResumeContext context) {
        return Optional.of(position(entry, "organization", VOLUNTEER, path, context));
    }

    /**
     * @param employerField where the entry names the organization: {@code name} for work, {@code organization}
     *                      for volunteering
     */
    private static LerRecordBuilder position(TrackedObject entry, String employerField, String relationship,
                                             String path, ResumeContext context) {
        String position = entry.text("position");
        if (position == null) {
            context.warn(path + " has no position: its record has no title");
        }
        String employerName = entry.text(employerField);
        if (employerName == null) {
            context.warn(path + " has no " + employerField + ": its record has no employer name");
        }
        DateField start = context.date(entry, "startDate", path);
        DateField end = context.endDate(entry, "endDate", path);
        // JSON Resume writes no endDate for the position one holds
        boolean current = start.date() != null && !entry.has("endDate");
        Employment employment = new Employment(
                Organizations.of(employerName, entry.text("url"), OrganizationType.EMPLOYER), position, start.date(),
                end.date(), current, entry.text("location"), relationship, List.of());
        LerRecordBuilder record = context.record(RecordKind.EMPLOYMENT, path)
                .title(position)
                .description(entry.text("summary"))
                .employment(employment)
                .dates(new Dates(null, null, null, start.date(), end.date()));
        start.keepOriginal(record);
        end.keepOriginal(record);
        return record.extensions(entry.unread());
    }
}
