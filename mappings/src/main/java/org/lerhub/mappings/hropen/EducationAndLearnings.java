package org.lerhub.mappings.hropen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Dates;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;

/**
 * An {@code educationAndLearnings[]} entry (one institution, one span of study) as one {@code Degree} achievement
 * per degree it names. The institution is the issuer and the span the activity dates of each; the rest of the entry
 * is kept on each degree under {@code educationAndLearning}, the credentials it embeds
 * are mapped by {@link EmbeddedCredentials}.
 */
final class EducationAndLearnings {

    static final String WHY_NO_RECORD = "names no degree (educationDegrees)";

    private EducationAndLearnings() {
    }

    static List<LerRecordBuilder> map(TrackedObject education, String path, ResumeContext context) {
        List<TrackedObject> degrees = education.objects("educationDegrees");
        if (degrees.isEmpty()) {
            // the entry is kept whole; a badge it embeds is still a record of its own
            context.embedded().map(education, path, List.of());
            return List.of();
        }
        TrackedObject institution = education.object("institution");
        Organization issuer = Entries.organization(institution, OrganizationType.ISSUER);
        DateField start = context.date(education, "start", path);
        DateField end = context.endDate(education, "end", path);
        List<LerRecordBuilder> records = new ArrayList<>();
        for (int i = 0; i < degrees.size(); i++) {
            LerRecordBuilder record = degree(degrees.get(i), path + ".educationDegrees[" + i + "]", start, end, context)
                    .issuer(issuer);
            start.keepOriginal(record);
            end.keepOriginal(record);
            records.add(record);
        }
        context.embedded().map(education, path, records);
        Map<String, Object> rest = Entries.leftovers(education, "institution", institution);
        records.forEach(record -> record.extension("educationAndLearning", rest));
        return records;
    }

    private static LerRecordBuilder degree(TrackedObject degree, String path, DateField start, DateField end,
                                           ResumeContext context) {
        String name = degree.text("name");
        if (name == null) {
            context.warn(path + " has no name");
        }
        DateField date = context.date(degree, "date", path);
        LerRecordBuilder record = context.record(RecordKind.ACHIEVEMENT, path)
                .achievementType("Degree")
                .title(name)
                .description(Entries.text(degree, "descriptions"))
                .result(Entries.status(degree.text("degreeGrantedStatus")))
                .dates(new Dates(date.date(), null, null, start.date(), end.date()));
        date.keepOriginal(record);
        return record.extensions(degree.unread());
    }
}
