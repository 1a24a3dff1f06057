package org.lerhub.mappings.jsonresume;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lerhub.mappings.hropen.DateField;
import org.lerhub.mappings.hropen.ResumeContext;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Dates;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Result;

/**
 * An {@code education[]} entry as one {@code Degree} achievement: "studyType in area" ({@code Bachelor in
 * Information Technology}) as its title, the institution as issuer, the years of study as activity dates and the
 * {@code score} as the result's score (it is a GPA as often as not, but nothing says on which scale). The courses
 * listed stay in the extensions: a line of a résumé is not a course record.
 */
final class Studies {

    private Studies() {
    }

    static Optional<LerRecordBuilder> degree(TrackedObject entry, String path, ResumeContext context) {
        String institution = entry.text("institution");
        String title = Stream.of(entry.text("studyType"), entry.text("area")).filter(Objects::nonNull)
                .collect(Collectors.joining(" in "));
        if (title.isEmpty() && institution == null) {
            return Optional.empty();
        }
        if (title.isEmpty()) {
            context.warn(path + " has neither studyType nor area: its record has no title");
        }
        DateField start = context.date(entry, "startDate", path);
        DateField end = context.endDate(entry, "endDate", path);
        String score = entry.text("score");
        LerRecordBuilder record = context.record(RecordKind.ACHIEVEMENT, path)
                .achievementType("Degree")
                .title(title.isEmpty() ? null : title)
                .issuer(Organizations.of(institution, entry.text("url"), OrganizationType.ISSUER))
                .result(score == null ? null : new Result(null, null, null, null, null, null, score, null))
                .dates(new Dates(null, null, null, start.date(), end.date()));
        start.keepOriginal(record);
        end.keepOriginal(record);
        return Optional.of(record.extensions(entry.unread()));
    }
}
