package org.lerhub.mappings.hropen;

import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Dates;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;

/**
 * A {@code certifications[]} or {@code licenses[]} entry as one achievement of type {@code Certificate} or
 * {@code License}: its issuing authority as issuer, {@code firstIssued} as the issue date, its effective period
 * as validity and its status as the result. An entry without a name still becomes a record, titled as the first
 * credential it embeds under {@code verifications} when there is one.
 */
final class Certifications {

    private Certifications() {
    }

    static List<LerRecordBuilder> certificate(TrackedObject entry, String path, ResumeContext context) {
        return map(entry, path, "Certificate", context);
    }

    static List<LerRecordBuilder> license(TrackedObject entry, String path, ResumeContext context) {
        return map(entry, path, "License", context);
    }

    private static List<LerRecordBuilder> map(TrackedObject entry, String path, String achievementType,
                                              ResumeContext context) {
        String name = entry.text("name");
        TrackedObject authority = entry.object("issuingAuthority");
        TrackedObject period = entry.object("effectiveTimePeriod");
        DateField issued = context.date(entry, "firstIssued", path);
        String periodPath = path + ".effectiveTimePeriod";
        LerRecordBuilder record = context.record(RecordKind.ACHIEVEMENT, path)
                .achievementType(achievementType)
                .title(name)
                .description(Entries.text(entry, "descriptions"))
                .issuer(Entries.organization(authority, OrganizationType.ISSUER))
                .result(Entries.status(entry.text("status")))
                .dates(new Dates(issued.date(), context.instant(period, "validFrom", periodPath),
                        context.instant(period, "validTo", periodPath), null, null));
        issued.keepOriginal(record);
        List<LerRecord> backing = context.embedded().map(entry, path, List.of(record));
        if (name == null) {
            // the credential that backs the entry says what it is
            String title = backing.isEmpty() ? null : backing.get(0).title();
            record.title(title);
            context.warn(path + " has no name: " + (title == null ? "its record has no title"
                    : "its record takes the title of " + backing.get(0).provenance().sourceRecordId()));
        }
        record.extensions(entry.unread());
        record.extension("issuingAuthority", Entries.partial(authority))
                .extension("effectiveTimePeriod", Entries.partial(period));
        return List.of(record);
    }
}
