package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When things happened. {@code validFrom}/{@code validUntil} are instants because credentials state them to
 * the second; the others are calendar dates because transcripts and HR records do.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Dates(LocalDate issued, Instant validFrom, Instant validUntil, LocalDate activityStart,
                    LocalDate activityEnd) {

    public static final Dates NONE = new Dates(null, null, null, null, null);

    public static Dates issuedOn(LocalDate issued) {
        return new Dates(issued, null, null, null, null);
    }
}
