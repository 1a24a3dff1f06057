package org.lerhub.mappings.json;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.OFFSET_SECONDS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small readers for the JSON shapes credential formats share: one-or-many values, ISO dates, plain Java copies. */
public final class JsonFields {

    /**
     * ISO 8601 as credentials write it: a date-time with offset ({@code 2010-01-01T00:00:00Z}), and, leniently,
     * one without offset or a bare date, both taken as UTC.
     */
    private static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .parseDefaulting(HOUR_OF_DAY, 0)
            .parseDefaulting(OFFSET_SECONDS, 0)
            .toFormatter();

    private JsonFields() {
    }

    /** A string value, or a number as written; null for anything else and for blank strings. */
    public static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            String value = node.stringValue();
            return value.isBlank() ? null : value;
        }
        return node.isNumber() ? node.asString() : null;
    }

    /**
     * The values of a field that JSON-LD lets be one value or an array of them ({@code type}, {@code @context},
     * {@code evidence}…); empty when the node is missing or null.
     */
    public static List<JsonNode> items(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        return node.isArray() ? List.copyOf(node.values()) : List.of(node);
    }

    /** The strings of a one-or-many field; null when any item is not a string, so the caller can keep it as is. */
    public static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items(node)) {
            if (!item.isString()) {
                return null;
            }
            values.add(item.stringValue());
        }
        return values;
    }

    /** An ISO 8601 date-time or date as an instant, or null when the text is not one. */
    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ISO_DATE_TIME.parse(text.strip(), OffsetDateTime::from).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The calendar date (in UTC) of an ISO 8601 date-time or date, or null when the text is not one. */
    public static LocalDate date(String text) {
        Instant instant = instant(text);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * A plain Java copy of a JSON value: maps (in document order), lists, strings, numbers, booleans and nulls,
     * as the shared schema wants extensions. Recursion is bounded by {@link JsonDocuments#MAX_NESTING_DEPTH}.
     */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                map.put(property.getKey(), toJava(property.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode item : node.values()) {
                list.add(toJava(item));
            }
            return list;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asString();
    }
}
