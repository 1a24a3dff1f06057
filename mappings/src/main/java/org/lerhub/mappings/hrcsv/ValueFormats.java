package org.lerhub.mappings.hrcsv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a profile's files write values: dates, amounts, yes/no, lists, pay bases.
 *
 * @param dateFormats      tried in order; {@code java.time} patterns such as {@code MM/dd/yyyy}
 * @param listSeparator    between the skills of one cell
 * @param currentValues    normalized values that mean "current position"; empty for yes/no, true/false, active…
 * @param earningsBasis    normalized source value → basis, over the common spellings (Annual, Hourly…)
 */
record ValueFormats(List<DatePattern> dateFormats, String listSeparator, char decimalSeparator,
                    Set<String> currentValues, Map<String, String> earningsBasis) {

    /** A date pattern and its parser; {@code yyyy} is read as the proleptic year, so that strict parsing works. */
    record DatePattern(String pattern, DateTimeFormatter formatter) {

        static DatePattern of(String pattern) {
            DateTimeFormatter formatter = new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(yearOfEraAsYear(pattern)).toFormatter(Locale.ENGLISH)
                    // strict: 02/30/2020 is not read as February 29th
                    .withResolverStyle(ResolverStyle.STRICT);
            return new DatePattern(pattern, formatter);
        }

        /** {@code y} (year of era) needs an era to resolve strictly; outside quoted text it becomes {@code u}. */
        private static String yearOfEraAsYear(String pattern) {
            StringBuilder out = new StringBuilder();
            boolean quoted = false;
            for (char c : pattern.toCharArray()) {
                quoted ^= c == '\'';
                out.append(!quoted && c == 'y' ? 'u' : c);
            }
            return out.toString();
        }
    }

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "current", "active");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "former", "inactive", "terminated", "ended");
    private static final Map<String, String> BASES = bases();
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    /** Turning a megabyte of digits into a BigDecimal takes quadratic time; no pay needs more than this. */
    private static final int MAX_DECIMAL_LENGTH = 40;
    private static final Pattern NOT_PART_OF_A_NUMBER = Pattern.compile("[\\p{Sc}\\s\\u00A0']");

    Optional<LocalDate> date(String text) {
        for (DatePattern format : dateFormats) {
            try {
                return Optional.of(format.formatter().parse(text, LocalDate::from));
            } catch (DateTimeException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** "MM/dd/yyyy or yyyy-MM-dd", for messages. */
    String datePatterns() {
        return dateFormats.stream().map(DatePattern::pattern).collect(Collectors.joining(" or "));
    }

    /** An amount as payroll writes it: {@code 52,000.00}, {@code $52000}, {@code 52.000,00} with a decimal comma. */
    Optional<BigDecimal> amount(String text) {
        String digits = NOT_PART_OF_A_NUMBER.matcher(text).replaceAll("");
        digits = decimalSeparator == ',' ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        return digits.length() <= MAX_DECIMAL_LENGTH && PLAIN_DECIMAL.matcher(digits).matches()
                ? Optional.of(new BigDecimal(digits)) : Optional.empty();
    }

    /** Whether the value says the position is held now: one of the profile's values, or yes/no and the like. */
    Optional<Boolean> current(String text) {
        String value = ColumnRef.normalize(text);
        if (!currentValues.isEmpty()) {
            return Optional.of(currentValues.contains(value));
        }
        return YES.contains(value) ? Optional.of(true) : NO.contains(value) ? Optional.of(false) : Optional.empty();
    }

    /**
     * Whether a current flag says nothing but yes or no; a status such as "Leave" says more than the flag holds, so
     * it is kept as written too.
     */
    boolean plainFlag(String text) {
        String value = ColumnRef.normalize(text);
        return YES.contains(value) || NO.contains(value);
    }

    /** The schema's basis (ANNUAL, HOURLY…) for the value, or the value as written when it is none of those. */
    String basis(String text) {
        String value = ColumnRef.normalize(text);
        return earningsBasis.getOrDefault(value, BASES.getOrDefault(value, text));
    }

    /** The items of a list cell, trimmed, each once. */
    List<String> list(String text) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : text.split(Pattern.quote(listSeparator))) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    private static Map<String, String> bases() {
        Map<String, List<String>> spellings = Map.of(
                "ANNUAL", List.of("annual", "annually", "yearly", "year", "peryear", "salary", "salaried"),
                "MONTHLY", List.of("monthly", "month", "permonth"),
                "SEMIMONTHLY", List.of("semimonthly"),
                "BIWEEKLY", List.of("biweekly", "fortnightly"),
                "WEEKLY", List.of("weekly", "week", "perweek"),
                "DAILY", List.of("daily", "day", "perday"),
                "HOURLY", List.of("hourly", "hour", "perhour", "hr"));
        return spellings.entrySet().stream().flatMap(basis -> basis.getValue().stream()
                .map(spelling -> Map.entry(spelling, basis.getKey())))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** For a profile's own values. */
    static Set<String> normalized(List<String> values) {
        return values.stream().map(ColumnRef::normalize).collect(Collectors.toUnmodifiableSet());
    }
}
