package org.lerhub.mappings.jsonresume;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lerhub.mappings.hropen.DateField;
import org.lerhub.mappings.hropen.ResumeContext;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Dates;
import org.lerhub.schema.Evidence;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;

/**
 * An {@code awards[]} entry as an {@code Award} achievement and a {@code certificates[]} entry as a
 * {@code Certificate}: titled by its {@code title} or {@code name}, issued on its {@code date} by the
 * {@code awarder} or {@code issuer} the learner names. A certificate's {@code url} (where it can be checked) is its
 * evidence. An entry without a title gives no record.
 */
final class Honours {

    private Honours() {
    }

    static Optional<LerRecordBuilder> award(TrackedObject entry, String path, ResumeContext context) {
        return honour(entry, "Award", "title", "awarder", path, context,
                record -> record.description(entry.text("summary")));
    }

    static Optional<LerRecordBuilder> certificate(TrackedObject entry, String path, ResumeContext context) {
        return honour(entry, "Certificate", "name", "issuer", path, context, record -> {
            String url = entry.text("url");
            return url == null ? record : record.evidence(new Evidence(url, null, null, null, null));
        });
    }

    /** @param particular reads the fields particular to the kind, before the rest become extensions */
    private static Optional<LerRecordBuilder> honour(TrackedObject entry, String achievementType, String titleField,
                                                     String issuerField, String path, ResumeContext context,
                                                     UnaryOperator<LerRecordBuilder> particular) {
        String title = entry.text(titleField);
        if (title == null) {
            return Optional.empty();
        }
        DateField date = context.date(entry, "date", path);
        LerRecordBuilder record = context.record(RecordKind.ACHIEVEMENT, path)
                .achievementType(achievementType)
                .title(title)
                .issuer(Organizations.of(entry.text(issuerField), null, OrganizationType.ISSUER))
                .dates(Dates.issuedOn(date.date()));
        date.keepOriginal(record);
        return Optional.of(particular.apply(record).extensions(entry.unread()));
    }
}
