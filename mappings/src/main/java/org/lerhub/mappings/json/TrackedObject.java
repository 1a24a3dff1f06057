package org.lerhub.mappings.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A JSON object read field by field that remembers which fields a mapper used, so that the others can be kept
 * as extensions instead of being silently dropped.
 *
 * <p>A field counts as read only when its value was usable: a date that does not parse or a number written as
 * an object stays unread and so ends up in the extensions as the source wrote it. Objects reached through
 * {@link #object} and {@link #objects} are tracked too, and {@link #fullyRead()} looks into them.
 */
public final class TrackedObject {

    private final JsonNode node;
    private final Set<String> read = new HashSet<>();
    private final List<TrackedObject> children = new ArrayList<>();

    private TrackedObject(JsonNode node) {
        this.node = node;
    }

    /** Tracks an object node; anything else reads as an absent object with no fields. */
    public static TrackedObject of(JsonNode node) {
        return new TrackedObject(node != null && node.isObject() ? node : MissingNode.getInstance());
    }

    public boolean isPresent() {
        return node.isObject();
    }

    /** Whether the field is there with a non-null value. */
    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The raw value, without marking it read: for look-ups that do not map the field itself. */
    public JsonNode peek(String field) {
        return node.path(field);
    }

    /** A string (or number) field; see {@link JsonFields#text}. */
    public String text(String field) {
        return use(field, JsonFields.text(node.get(field)));
    }

    /** A number, or a string holding one. */
    public BigDecimal decimal(String field) {
        JsonNode value = node.path(field);
        BigDecimal number = null;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isString()) {
            try {
                number = new BigDecimal(value.stringValue().strip());
            } catch (NumberFormatException e) {
                // not a number: stays unread, so it is kept as written
            }
        }
        return use(field, number);
    }

    public Boolean bool(String field) {
        JsonNode value = node.path(field);
        return use(field, value.isBoolean() ? Boolean.valueOf(value.booleanValue()) : null);
    }

    /** An ISO 8601 date-time field as an instant; see {@link JsonFields#instant}. */
    public Instant instant(String field) {
        return use(field, JsonFields.instant(JsonFields.text(node.get(field))));
    }

    /** An ISO 8601 date-time or date field as its calendar date in UTC. */
    public LocalDate date(String field) {
        return use(field, JsonFields.date(JsonFields.text(node.get(field))));
    }

    /** A one-or-many field of strings; empty (and unread) when absent or when an item is not a string. */
    public List<String> texts(String field) {
        List<String> values = JsonFields.texts(node.get(field));
        return values == null || values.isEmpty() ? List.of() : use(field, values);
    }

    /** A nested object, tracked; an absent object when the field holds no object. */
    public TrackedObject object(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            return of(null);
        }
        return use(field, child(value));
    }

    /**
     * A one-or-many field of objects, each tracked; empty (and unread) when absent or when an item is not an
     * object, so that a shape the mapper does not understand is kept whole.
     */
    public List<TrackedObject> objects(String field) {
        List<JsonNode> items = JsonFields.items(node.get(field));
        if (items.isEmpty() || !items.stream().allMatch(JsonNode::isObject)) {
            return List.of();
        }
        return use(field, items.stream().map(this::child).toList());
    }

    /**
     * Marks {@code type} read when it names only types its position already implies, e.g. {@code ["Profile"]}
     * for an issuer: such a value says nothing a reader of the record would miss. Other types are kept.
     */
    public void impliedType(String... types) {
        List<String> values = JsonFields.texts(node.get("type"));
        if (values != null && !values.isEmpty() && Set.of(types).containsAll(values)) {
            read.add("type");
        }
    }

    /** Marks a field read that the caller handles as a whole elsewhere (a proof handed to the verifier). */
    public void markRead(String field) {
        read.add(field);
    }

    /** The fields nobody read, as plain Java values in document order; a null value counts as absent. */
    public Map<String, Object> unread() {
        Map<String, Object> rest = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : unreadProperties()) {
            rest.put(property.getKey(), JsonFields.toJava(property.getValue()));
        }
        return rest;
    }

    /** Whether every field, including those of the tracked objects below, found a slot. */
    public boolean fullyRead() {
        return unreadProperties().isEmpty() && children.stream().allMatch(TrackedObject::fullyRead);
    }

    /** The whole object as plain Java values. */
    public Object whole() {
        return JsonFields.toJava(node);
    }

    private List<Map.Entry<String, JsonNode>> unreadProperties() {
        return node.properties().stream()
                .filter(property -> !read.contains(property.getKey()) && !property.getValue().isNull())
                .toList();
    }

    private TrackedObject child(JsonNode value) {
        TrackedObject child = new TrackedObject(value);
        children.add(child);
        return child;
    }

    private <T> T use(String field, T value) {
        if (value != null) {
            read.add(field);
        }
        return value;
    }
}
