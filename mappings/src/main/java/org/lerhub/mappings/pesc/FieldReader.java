package org.lerhub.mappings.pesc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.lerhub.mappings.xml.XmlElement;

/**
 * Reads the child fields of one PESC element and remembers which of them went into a slot of the shared schema,
 * so that {@link #leftovers()} can hand everything else to the record's extensions: nothing is silently dropped.
 *
 * <p>A field counts as mapped only when its slot holds all of it: a partial date, a date-time cut to a date or
 * a value that does not parse stays in the leftovers too (the latter with a warning, since its slot stays
 * empty). A {@link #nested} reader
 * does the same one level down, so a school whose name became {@code transferSchool} keeps its identifiers.
 */
final class FieldReader {

    /** Never copied into records, at any depth: the original document keeps them (see mappings/README.md). */
    private static final Set<String> SENSITIVE = Set.of("SSN", "PartialSSN");
    private static final Predicate<String> NOT_SENSITIVE = name -> !SENSITIVE.contains(name);
    private static final String VENDOR_EXTENSIONS = "UserDefinedExtensions";
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final int MAX_DECIMAL_LENGTH = 40;

    private final XmlElement element;
    private final String path;
    private final List<String> warnings;
    private final Set<XmlElement> mapped = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<XmlElement, FieldReader> nested = new IdentityHashMap<>();

    /**
     * @param path     where the element is, e.g. {@code AcademicRecord[1]/AcademicSession[2]/Course[3]}, for warnings
     * @param warnings where warnings go
     */
    FieldReader(XmlElement element, String path, List<String> warnings) {
        this.element = element;
        this.path = path;
        this.warnings = warnings;
    }

    XmlElement element() {
        return element;
    }

    String path() {
        return path;
    }

    /** The text of the first such field, without taking it; for values that only inform a slot. */
    String peek(String name) {
        return element.childText(name);
    }

    /** The text of the first such field, which now counts as mapped. */
    String text(String name) {
        return element.child(name).map(field -> {
            mapped.add(field);
            return field.text();
        }).orElse(null);
    }

    /** The texts of every such field, which all count as mapped. */
    List<String> texts(String name) {
        List<XmlElement> fields = element.children(name);
        mapped.addAll(fields);
        return fields.stream().map(XmlElement::text).filter(Objects::nonNull).toList();
    }

    /**
     * A plain decimal such as {@code 3.0915}; anything else stays in the leftovers, with a warning. The length is
     * bounded because turning a megabyte of digits into a BigDecimal takes quadratic time.
     */
    BigDecimal decimal(String name) {
        return parsed(name, "a number",
                raw -> raw.length() <= MAX_DECIMAL_LENGTH && PLAIN_DECIMAL.matcher(raw).matches()
                        ? Optional.of(new BigDecimal(raw)) : Optional.empty());
    }

    /** {@code true}/{@code false} in any case, or 1/0. */
    Boolean bool(String name) {
        return parsed(name, "true or false", raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Optional.of(Boolean.TRUE);
            case "false", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        });
    }

    /**
     * A calendar date. A date with a time zone ({@code 1995-01-01Z}) counts as mapped; a date-time or a partial
     * date ({@code 2019-09}) fills the slot but stays in the leftovers as written, so its precision is not
     * misrepresented; the placeholder {@code 0001-01-01} fills nothing and stays in the leftovers; anything else
     * stays in the leftovers, with a warning.
     */
    LocalDate date(String name, PescDates.Edge edge) {
        XmlElement field = element.child(name).orElse(null);
        if (field == null || field.text() == null) {
            return null;
        }
        Optional<PescDates.Parsed> parsed = PescDates.parse(field.text(), edge);
        if (parsed.isEmpty()) {
            warnings.add(notA(name, field.text(), "a date (YYYY-MM-DD)"));
            return null;
        }
        if (parsed.get().exact()) {
            mapped.add(field);
        }
        return parsed.get().date();
    }

    /** A reader for the first such field, one level down; the same reader each time it is asked for. */
    Optional<FieldReader> nested(String name) {
        return element.child(name).map(this::readerFor);
    }

    /** Readers for every such field, one level down. */
    List<FieldReader> nestedAll(String name) {
        return element.children(name).stream().map(this::readerFor).toList();
    }

    /** Marks every such field as mapped: used for fields that become records of their own. */
    void mapped(String... names) {
        for (String name : names) {
            mapped.addAll(element.children(name));
        }
    }

    /**
     * Every field not mapped, keyed by its PESC element name (a list when the name repeats); a field read through
     * a nested reader contributes that reader's leftovers. SSNs are never included.
     */
    Map<String, Object> leftovers() {
        return XmlElement.group(element.children(), NOT_SENSITIVE, field -> {
            if (mapped.contains(field)) {
                return null;
            }
            FieldReader inner = nested.get(field);
            if (inner == null) {
                return field.name().equals(VENDOR_EXTENSIONS) ? vendorExtensions(field) : field.asValue(NOT_SENSITIVE);
            }
            Map<String, Object> rest = inner.leftovers();
            return rest.isEmpty() ? null : rest;
        });
    }

    /**
     * {@code UserDefinedExtensions}: each vendor's element by its local name, with its namespace as {@code @xmlns},
     * since only the namespace says whose extension it is (OCAS's {@code urn:ca:ocas:useextensions}…).
     */
    private static Object vendorExtensions(XmlElement extensions) {
        Map<String, Object> vendors = XmlElement.group(extensions.children(), NOT_SENSITIVE, vendor -> {
            Object value = vendor.asValue(NOT_SENSITIVE);
            if (vendor.namespace().isEmpty() || value == null) {
                return value;
            }
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("@xmlns", vendor.namespace());
            if (value instanceof Map<?, ?> fields) {
                fields.forEach((name, field) -> named.put((String) name, field));
            } else {
                named.put("#text", value);
            }
            return named;
        });
        return vendors.isEmpty() ? null : vendors;
    }

    private FieldReader readerFor(XmlElement field) {
        return nested.computeIfAbsent(field, f -> new FieldReader(f, path + "/" + f.name(), warnings));
    }

    private <T> T parsed(String name, String expected, Function<String, Optional<T>> parser) {
        XmlElement field = element.child(name).orElse(null);
        if (field == null || field.text() == null) {
            return null;
        }
        Optional<T> value = parser.apply(field.text());
        if (value.isEmpty()) {
            warnings.add(notA(name, field.text(), expected));
            return null;
        }
        mapped.add(field);
        return value.get();
    }

    private String notA(String name, String raw, String expected) {
        return path + "/" + name + ": '" + raw + "' is not " + expected + "; left as written";
    }
}
