package org.lerhub.mappings.hrcsv;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A checked mapping profile: how one HR system's export is written and which of its columns holds what. Made
 * from a {@link ProfileFile}; whatever the file leaves out has a default that suits a plain CSV export.
 *
 * @param columns  where each mapped field is; a field without column can still have a default
 * @param defaults the value of a field when its column is absent or its cell empty (a single employer's export
 *                 without employer column; the currency of a payroll that writes none)
 */
record CsvProfile(String name, String description, CsvSyntax syntax, ValueFormats formats,
                  Map<Field, ColumnRef> columns, Map<Field, String> defaults) {

    /** The value that leaves the delimiter or encoding to the file itself. */
    static final String AUTO = "auto";

    CsvProfile {
        columns = Collections.unmodifiableMap(byField(columns));
        defaults = Collections.unmodifiableMap(byField(defaults));
    }

    /**
     * How many cells of a header line name a column this profile maps; for detection, so quotes are dropped rather
     * than parsed.
     */
    int knownColumns(String headerLine) {
        Set<String> known = columns.values().stream().flatMap(ref -> ref.names().stream())
                .map(ColumnRef::normalize).collect(Collectors.toSet());
        String delimiter = String.valueOf(syntax.delimiterFor(headerLine));
        return (int) Arrays.stream(headerLine.split(Pattern.quote(delimiter))).map(ColumnRef::normalize)
                .filter(known::contains).distinct().count();
    }

    /**
     * Checks a profile file.
     *
     * @throws IllegalArgumentException naming every problem, for the person who wrote the file
     */
    static CsvProfile of(String name, ProfileFile file) {
        List<String> problems = new ArrayList<>();
        CsvSyntax syntax = new CsvSyntax(
                file.delimiter() == null || AUTO.equals(file.delimiter()) ? null
                        : oneCharacter("delimiter", file.delimiter(), problems),
                file.quote() == null ? '"' : oneCharacter("quote", file.quote(), problems),
                encoding(file.encoding(), problems),
                file.header() == null || file.header());
        ValueFormats formats = new ValueFormats(
                orDefault(file.dateFormats(), List.of("yyyy-MM-dd")).stream()
                        .map(pattern -> datePattern(pattern, problems)).flatMap(Optional::stream).toList(),
                orDefault(file.listSeparator(), ";"),
                file.decimalSeparator() == null ? '.' : decimalSeparator(file.decimalSeparator(), problems),
                ValueFormats.normalized(orDefault(file.currentValues(), List.of())),
                normalizedKeys(orDefault(file.basisValues(), Map.of())));
        Map<Field, ColumnRef> columns = byField(orDefault(file.columns(), Map.of()), "columns",
                (field, node) -> column(field, node, syntax.header(), problems), problems);
        Map<Field, String> defaults = byField(orDefault(file.defaults(), Map.of()), "defaults",
                (field, value) -> Optional.of(value), problems);
        if (columns.isEmpty() && problems.isEmpty()) {
            problems.add("it maps no column (columns: " + Field.profileNames() + ")");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new CsvProfile(name, file.description(), syntax, formats, columns, defaults);
    }

    @FunctionalInterface
    private interface FieldValue<V, T> {
        Optional<T> read(Field field, V value);
    }

    private static <V, T> Map<Field, T> byField(Map<String, V> entries, String section, FieldValue<V, T> reader,
                                                List<String> problems) {
        Map<Field, T> byField = new EnumMap<>(Field.class);
        entries.forEach((key, value) -> Field.byProfileName(key).ifPresentOrElse(
                field -> reader.read(field, value).ifPresent(read -> byField.put(field, read)),
                () -> problems.add(section + ": '" + key + "' is not a field (" + Field.profileNames() + ")")));
        return byField;
    }

    /** A header name, a list of candidate names, or a position (1 for the first column). */
    private static Optional<ColumnRef> column(Field field, JsonNode node, boolean header, List<String> problems) {
        if (node.isInt() && node.intValue() > 0) {
            return Optional.of(ColumnRef.at(node.intValue()));
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : node.isArray() ? node.values() : List.of(node)) {
            if (name.isString() && !name.stringValue().isBlank()) {
                names.add(name.stringValue().strip());
            }
        }
        if (names.isEmpty() || names.size() != (node.isArray() ? node.size() : 1)) {
            problems.add("columns: " + field.profileName() + " must be a header name, a list of header names or a"
                    + " column number from 1, not " + node);
            return Optional.empty();
        }
        if (!header) {
            problems.add("columns: " + field.profileName() + " names a header column, but the profile says"
                    + " header: false; give its column number instead");
            return Optional.empty();
        }
        return Optional.of(ColumnRef.named(names));
    }

    private static Charset encoding(String name, List<String> problems) {
        if (AUTO.equals(name)) {
            return null;
        }
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add("encoding: '" + name + "' is not an encoding this hub knows (UTF-8, windows-1252, UTF-16…)");
            return null;
        }
    }

    private static Optional<ValueFormats.DatePattern> datePattern(String pattern, List<String> problems) {
        try {
            return Optional.of(ValueFormats.DatePattern.of(pattern));
        } catch (IllegalArgumentException e) {
            problems.add("dateFormats: '" + pattern + "' is not a date pattern (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private static char decimalSeparator(String value, List<String> problems) {
        char separator = oneCharacter("decimalSeparator", value, problems);
        if (separator != '.' && separator != ',') {
            problems.add("decimalSeparator: must be '.' or ','");
        }
        return separator;
    }

    private static char oneCharacter(String key, String value, List<String> problems) {
        if (value.length() != 1) {
            problems.add(key + ": '" + value + "' must be one character (write a tab as \"\\t\")");
            return ' ';
        }
        return value.charAt(0);
    }

    private static Map<String, String> normalizedKeys(Map<String, String> values) {
        Map<String, String> normalized = new LinkedHashMap<>();
        values.forEach((key, value) -> normalized.put(ColumnRef.normalize(key), value));
        return normalized;
    }

    /** In field order, so that whatever is said about the fields is said in the same order every time. */
    private static <T> Map<Field, T> byField(Map<Field, T> values) {
        Map<Field, T> copy = new EnumMap<>(Field.class);
        copy.putAll(values);
        return copy;
    }

    private static <T> T orDefault(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
