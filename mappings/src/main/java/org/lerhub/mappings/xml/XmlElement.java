package org.lerhub.mappings.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One element of a document that {@link SafeXml} parsed: immutable, named by its local name (prefixes and
 * namespace versions do not matter to mappers), with the line it started on for messages.
 *
 * @param name       local name
 * @param namespace  namespace URI, {@code ""} when none
 * @param line       line of the start tag
 * @param attributes attribute values by local name, in document order
 * @param text       the element's own text, trimmed; null when it has none
 * @param children   child elements in document order
 */
public record XmlElement(String name, String namespace, int line, Map<String, String> attributes, String text,
                         List<XmlElement> children) {

    public XmlElement {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    /** The first child with this local name. */
    public Optional<XmlElement> child(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).findFirst();
    }

    /** Every child with this local name, in document order. */
    public List<XmlElement> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** The text of the first child with this local name; null when there is no such child or it is blank. */
    public String childText(String localName) {
        return child(localName).map(XmlElement::text).orElse(null);
    }

    /**
     * This element as plain data, for keeping source fields that have no slot of their own: its text when it has
     * neither children nor attributes, otherwise a map of attributes ({@code @name}), children by local name
     * (see {@link #group}) and any text of its own ({@code #text}). Children whose name {@code include} rejects
     * are left out, at any depth; null when nothing remains.
     */
    public Object asValue(Predicate<String> include) {
        if (children.isEmpty() && attributes.isEmpty()) {
            return text;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        attributes.forEach((key, attribute) -> value.put("@" + key, attribute));
        value.putAll(group(children, include, child -> child.asValue(include)));
        if (text != null) {
            value.put("#text", text);
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * Values of elements by local name, in order of first appearance: one value per name, or a list when the name
     * repeats. Elements whose name {@code include} rejects, and null values, are left out.
     */
    public static Map<String, Object> group(List<XmlElement> elements, Predicate<String> include,
                                            Function<XmlElement, Object> valueOf) {
        Map<String, List<Object>> byName = new LinkedHashMap<>();
        for (XmlElement element : elements) {
            Object value = include.test(element.name) ? valueOf.apply(element) : null;
            if (value != null) {
                byName.computeIfAbsent(element.name, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, Object> grouped = new LinkedHashMap<>();
        byName.forEach((name, values) -> grouped.put(name, values.size() == 1 ? values.get(0) : List.copyOf(values)));
        return grouped;
    }
}
