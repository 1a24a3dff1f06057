package org.lerhub.demo;

import java.nio.charset.StandardCharsets;

/**
 * Writes indented XML text. A string builder rather than a DOM, because the generator writes a few hundred
 * thousand transcripts in benchmarks; every text and attribute value goes through {@link #escape}.
 */
final class XmlText {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder(16 * 1024)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private int depth;

    /** Opens an element; {@code attributes} are name and value pairs. */
    XmlText open(String name, String... attributes) {
        indent().append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append(">\n");
        depth++;
        return this;
    }

    XmlText close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** An element with text content; nothing when the value is null, as the optional PESC elements are left out. */
    XmlText element(String name, Object value) {
        if (value != null) {
            indent().append('<').append(name).append('>').append(escape(value.toString()))
                    .append("</").append(name).append(">\n");
        }
        return this;
    }

    byte[] bytes() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " element(s) left open");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private StringBuilder indent() {
        return out.append(INDENT.repeat(depth));
    }
}
