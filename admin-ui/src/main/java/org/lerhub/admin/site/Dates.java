package org.lerhub.admin.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times as people read them, in the page's language; templates call it as {@code @dates}. */
@Component("dates")
public class Dates {

    public String at(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public String day(Instant instant) {
        return instant == null ? "" : day(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }
}
