package org.lerhub.mappings.openbadges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Dates;

/**
 * The dates of a credential, from either VCDM generation: {@code validFrom}/{@code validUntil} (2.0) or
 * {@code issuanceDate}/{@code expirationDate} (1.1); or of an Open Badges 2.0 assertion ({@code issuedOn},
 * {@code expires}). A date that does not parse is not guessed at: it stays in the extensions as written, with a
 * warning.
 */
final class CredentialDates {

    private final List<String> warnings;

    CredentialDates(List<String> warnings) {
        this.warnings = warnings;
    }

    Dates read(TrackedObject credential, TrackedObject subject) {
        Instant validFrom = instant(credential, "validFrom", "issuanceDate");
        Instant validUntil = instant(credential, "validUntil", "expirationDate");
        // awardedDate is when the learner earned it; validFrom may be a later re-issue
        LocalDate issued = date(credential, "awardedDate", "");
        if (issued == null) {
            issued = utcDate(validFrom);
        }
        return new Dates(issued, validFrom, validUntil,
                date(subject, "activityStartDate", "credentialSubject."),
                date(subject, "activityEndDate", "credentialSubject."));
    }

    /** An OB 2.0 assertion's dates: issued (and valid from) {@code issuedOn}, valid until {@code expires}. */
    Dates readAssertion(TrackedObject assertion) {
        Instant issuedOn = instant(assertion, "issuedOn");
        return new Dates(utcDate(issuedOn), issuedOn, instant(assertion, "expires"), null, null);
    }

    /** The first of the fields (VCDM 2.0 name, then 1.1 name) that holds a date-time. */
    private Instant instant(TrackedObject credential, String... fields) {
        for (String field : fields) {
            Instant value = credential.instant(field);
            if (value != null) {
                return value;
            }
            warnIfUnparsed(credential, field, field);
        }
        return null;
    }

    private static LocalDate utcDate(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private LocalDate date(TrackedObject object, String field, String path) {
        LocalDate value = object.date(field);
        if (value == null) {
            warnIfUnparsed(object, field, path + field);
        }
        return value;
    }

    private void warnIfUnparsed(TrackedObject object, String field, String path) {
        if (object.has(field)) {
            warnings.add(path + " " + object.peek(field) + " is not an ISO 8601 date-time; kept as an extension");
        }
    }
}
