package org.lerhub.mappings.hropen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;

/**
 * What the sections of one résumé share while they are mapped: the subject of every record, and the warnings. Public
 * for the other résumé formats (JSON Resume), whose entries are the learner's claims with dates written alike.
 */
public final class ResumeContext {

    private final String formatId;
    private final Subject subject;
    private final List<String> warnings = new ArrayList<>();
    private final EmbeddedCredentials embedded;

    ResumeContext(Subject subject) {
        this(LerRsMapper.FORMAT_ID, subject);
    }

    /** @param formatId the format of the résumé, for the records' provenance */
    public ResumeContext(String formatId, Subject subject) {
        this.formatId = formatId;
        this.subject = subject;
        this.embedded = new EmbeddedCredentials(formatId, subject, this::warn);
    }

    /**
     * A record of the résumé's learner. Everything in a résumé is the learner's own claim, hence self-asserted;
     * the path of its entry ({@code employmentHistories[0].positionHistories[1]}) identifies it in the document.
     */
    public LerRecordBuilder record(RecordKind kind, String path) {
        return LerRecord.builder(kind)
                .subject(subject)
                .provenance(Provenance.mapped(formatId, TrustLevel.SELF_ASSERTED, path));
    }

    /** A date field of an entry; a written date that cannot be read is kept as written, with a warning. */
    public DateField date(TrackedObject entry, String field, String path) {
        return checked(DateField.parse(field, entry.text(field)), path);
    }

    /** A date field that ends a span ({@code end}); see {@link DateField}. */
    public DateField endDate(TrackedObject entry, String field, String path) {
        return checked(DateField.parseEnd(field, entry.text(field)), path);
    }

    private DateField checked(DateField date, String path) {
        if (date.unreadable()) {
            warn(path + "." + date.field() + " \"" + date.written() + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD);"
                    + " kept as written in the extensions");
        }
        return date;
    }

    /** An ISO 8601 date-time field; one that cannot be read stays unread, so its object is kept whole. */
    Instant instant(TrackedObject object, String field, String path) {
        Instant value = object.instant(field);
        if (value == null && object.has(field)) {
            warn(path + "." + field + " " + object.peek(field) + " is not an ISO 8601 date-time; kept as written in"
                    + " the extensions");
        }
        return value;
    }

    /** The credentials the résumé embeds to back its entries, mapped as records of their own. */
    EmbeddedCredentials embedded() {
        return embedded;
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return warnings;
    }
}
