package org.lerhub.engine.verification;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.lerhub.schema.VerificationStatus;

/**
 * The credential's validity period against the hub's clock: {@code validFrom}/{@code validUntil} (VCDM 2.0) or
 * {@code issuanceDate}/{@code expirationDate} (VCDM 1.1) or {@code issuedOn}/{@code expires} (Open Badges 2.0);
 * a VC-JWT's {@code nbf}/{@code exp} take precedence. It decides EXPIRED or NOT_YET_VALID independently of the
 * signature, which still shows as passed.
 */
final class ValidityPeriod {

    static final String CHECK = "validity period";

    private final Clock clock;

    ValidityPeriod(Clock clock) {
        this.clock = clock;
    }

    Finding check(JsonObject credential) {
        return check(credential, null, null);
    }

    /** With a token's {@code nbf} and {@code exp}, when present. */
    Finding check(JsonObject credential, Instant notBefore, Instant expires) {
        Bound from = notBefore != null ? new Bound("nbf", notBefore.toString())
                : bound(credential, "validFrom", "issuanceDate", "issuedOn");
        Bound until = expires != null ? new Bound("exp", expires.toString())
                : bound(credential, "validUntil", "expirationDate", "expires");
        Instant now = clock.instant();
        Instant start;
        Instant end;
        try {
            start = from == null ? null : from.instant();
            end = until == null ? null : until.instant();
        } catch (DateTimeParseException e) {
            return Finding.invalid(CHECK, e.getMessage());
        }
        if (start != null && now.isBefore(start)) {
            return Finding.failed(CHECK, "not valid before " + start + " (" + from.field() + ")",
                    VerificationStatus.NOT_YET_VALID);
        }
        if (end != null && now.isAfter(end)) {
            return Finding.failed(CHECK, "expired on " + end + " (" + until.field() + ")", VerificationStatus.EXPIRED);
        }
        return Finding.passed(CHECK, (start == null ? "valid" : "valid since " + start)
                + (end == null ? ", with no end date" : " until " + end));
    }

    /** The first of the fields, in the order given (the current name first), that the credential has. */
    private static Bound bound(JsonObject credential, String... fields) {
        for (String field : fields) {
            String value = JsonValues.string(credential, field);
            if (value != null) {
                return new Bound(field, value);
            }
        }
        return null;
    }

    /** One end of the period as written, with the field it came from for the reason. */
    private record Bound(String field, String value) {

        /** XSD dateTime; without an offset it is taken as UTC, a bare date as its start. */
        Instant instant() {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDateTime) {
                    try {
                        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                    } catch (DateTimeParseException e) {
                        throw new DateTimeParseException(field + " \"" + value + "\" is not a date and time",
                                value, 0);
                    }
                }
            }
        }
    }
}
