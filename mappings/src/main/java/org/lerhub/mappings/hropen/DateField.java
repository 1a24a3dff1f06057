package org.lerhub.mappings.hropen;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.schema.LerRecordBuilder;

/**
 * A date field of a résumé as written and as read. HR Open dates are often partial ({@code 2011}, {@code 2011-05})
 * and sometimes date-times; the shared schema holds a calendar day. A partial date reads as its first day, or as
 * its last day when it ends a span (a job held until {@code 2023-12} was held all of December), as the PESC mapper
 * reads partial dates; a date-time reads as its day as written. Whenever the day does not say exactly what was
 * written, or nothing could be read, the written text goes to the record's extensions under the field's name.
 *
 * @param date null when the field is absent or holds no date
 */
public record DateField(String field, String written, LocalDate date) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /** A date that starts a span or stands alone (an issue date). */
    public static DateField parse(String field, String written) {
        return new DateField(field, written, written == null ? null : day(written.strip(), false));
    }

    /** A date that ends a span. */
    public static DateField parseEnd(String field, String written) {
        return new DateField(field, written, written == null ? null : day(written.strip(), true));
    }

    /** Written, but not as a date. */
    public boolean unreadable() {
        return written != null && date == null;
    }

    /** Keeps the date as written in the record's extensions, under the field's name, when the day is not all of it. */
    public void keepOriginal(LerRecordBuilder record) {
        if (written != null && (date == null || !written.equals(date.toString()))) {
            record.extension(field, written);
        }
    }

    private static LocalDate day(String text, boolean lastDay) {
        try {
            if (YEAR.matcher(text).matches()) {
                Year year = Year.parse(text);
                return lastDay ? year.atMonth(12).atEndOfMonth() : year.atDay(1);
            }
            if (YEAR_MONTH.matcher(text).matches()) {
                YearMonth month = YearMonth.parse(text);
                return lastDay ? month.atEndOfMonth() : month.atDay(1);
            }
            if (DATE_TIME.matcher(text).matches()) {
                // the day as the writer wrote it, not shifted to UTC; the rest must still be a valid date-time
                return JsonFields.instant(text) == null ? null : LocalDate.parse(text.substring(0, 10));
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
