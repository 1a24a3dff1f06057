package org.lerhub.mappings.hropen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Dates;
import org.lerhub.schema.Employment;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;

/**
 * An {@code employmentHistories[]} entry (one employer) as one employment record per position held there. The
 * employer is what the learner says, not an issuer. What the entry says beyond the employer's name and web
 * address is kept on each of its records under {@code employmentHistory}.
 */
final class EmploymentHistories {

    static final String WHY_NO_RECORD = "has no positionHistories";

    private static final Set<String> PLACE_LINE_SUBDIVISIONS = Set.of("state", "province");

    private EmploymentHistories() {
    }

    static List<LerRecordBuilder> map(TrackedObject history, String path, ResumeContext context) {
        List<TrackedObject> positions = history.objects("positionHistories");
        if (positions.isEmpty()) {
            return List.of();
        }
        TrackedObject organization = history.object("organization");
        Organization employer = Entries.organization(organization, OrganizationType.EMPLOYER);
        if (employer == null || employer.name() == null) {
            context.warn(path + ".organization has no name or tradeName: its positions have no employer name");
        }
        List<LerRecordBuilder> records = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            records.add(position(positions.get(i), employer, path + ".positionHistories[" + i + "]", context));
        }
        Map<String, Object> rest = Entries.leftovers(history, "organization", organization);
        records.forEach(record -> record.extension("employmentHistory", rest));
        return records;
    }

    private static LerRecordBuilder position(TrackedObject position, Organization employer, String path,
                                             ResumeContext context) {
        String title = position.text("title");
        if (title == null) {
            context.warn(path + " has no title");
        }
        DateField start = context.date(position, "start", path);
        DateField end = context.endDate(position, "end", path);
        TrackedObject location = position.object("location");
        Employment employment = new Employment(employer, title, start.date(), end.date(),
                Boolean.TRUE.equals(position.bool("current")), place(location),
                position.text("resourceRelationshipCode"), List.of());
        LerRecordBuilder record = context.record(RecordKind.EMPLOYMENT, path)
                .title(title)
                .description(Entries.text(position, "descriptions"))
                .employment(employment)
                .dates(new Dates(null, null, null, start.date(), end.date()));
        start.keepOriginal(record);
        end.keepOriginal(record);
        record.extensions(position.unread());
        record.extension("location", Entries.partial(location));
        return record;
    }

    /** City, state or other subdivisions, postal code and country, as one line ("Schenectady, NY, 12345, US"). */
    private static String place(TrackedObject location) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, location.text("city"));
        for (TrackedObject subdivision : location.objects("countrySubDivisions")) {
            // a state or province reads as such in a place line; any other kind (county…) is kept with the location
            if (PLACE_LINE_SUBDIVISIONS.contains(JsonFields.text(subdivision.peek("type")))) {
                subdivision.text("type");
            }
            addIfPresent(parts, subdivision.text("value"));
        }
        addIfPresent(parts, location.text("postalCode"));
        addIfPresent(parts, location.text("countryCode"));
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String part) {
        if (part != null) {
            parts.add(part);
        }
    }
}
