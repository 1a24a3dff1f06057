package org.lerhub.mappings.pesc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PESC dates are {@code xs:date} (YYYY-MM-DD, possibly with a time zone), but real files also carry date-times
 * and partial dates. This reads all of them into a calendar date and says whether that date is the whole value.
 */
final class PescDates {

    /** Which day of a partial date (a month or a year) stands for it: its first for starts, its last for ends. */
    enum Edge { START, END }

    /**
     * @param date  null for a placeholder that stands for no date
     * @param exact whether {@code date} says everything the source value said
     */
    record Parsed(LocalDate date, boolean exact) {
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T.+");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * .NET's {@code DateTime.MinValue}, which exporters write for "no date" (the Nova Scotia batch has a hundred):
     * read as a day in year 1 it would put courses two thousand years back.
     */
    private static final String NO_DATE = "0001-01-01";

    private PescDates() {
    }

    /**
     * The date, or empty when the value is not a date in any of the accepted shapes; a placeholder date is read as
     * no date (not a warning: the exporter meant "none").
     */
    static Optional<Parsed> parse(String raw, Edge edge) {
        String value = raw.strip();
        if (value.startsWith(NO_DATE)) {
            return Optional.of(new Parsed(null, false));
        }
        try {
            Matcher m;
            if ((m = DATE.matcher(value)).matches()) {
                // the time zone of a day adds nothing a calendar date can use
                return Optional.of(new Parsed(day(m), true));
            }
            if ((m = DATE_TIME.matcher(value)).matches()) {
                return Optional.of(new Parsed(day(m), false));
            }
            if ((m = YEAR_MONTH.matcher(value)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new Parsed(edge == Edge.START ? month.atDay(1) : month.atEndOfMonth(), false));
            }
            if (YEAR.matcher(value).matches()) {
                Year year = Year.parse(value);
                return Optional.of(new Parsed(edge == Edge.START ? year.atDay(1) : year.atMonth(12).atEndOfMonth(),
                        false));
            }
        } catch (DateTimeException e) {
            // the right shape with impossible numbers, e.g. month 13: not a date
        }
        return Optional.empty();
    }

    private static LocalDate day(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
