package org.lerhub.mappings.xml;

import java.util.Optional;

/**
 * Cheap format detection on the start of a document ({@code SourceDocument.head()}), without parsing it: what is
 * the root element called?
 */
public final class XmlHead {

    private XmlHead() {
    }

    /**
     * The local name of the root element (prefix dropped), after any XML declaration, comments, processing
     * instructions and DOCTYPE; empty when the text does not start like an XML document.
     */
    public static Optional<String> rootLocalName(String head) {
        int at = 0;
        while (at >= 0) {
            at = skipWhitespace(head, at);
            if (head.startsWith("<?", at)) {
                at = after(head, "?>", at);
            } else if (head.startsWith("<!--", at)) {
                at = after(head, "-->", at);
            } else if (head.startsWith("<!DOCTYPE", at)) {
                at = afterDoctype(head, at);
            } else if (head.startsWith("<", at)) {
                return name(head, at + 1);
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> name(String head, int start) {
        int end = start;
        while (end < head.length() && isNameChar(head.charAt(end))) {
            end++;
        }
        String qualified = head.substring(start, end);
        String local = qualified.substring(qualified.indexOf(':') + 1);
        return local.isEmpty() ? Optional.empty() : Optional.of(local);
    }

    private static boolean isNameChar(char c) {
        return !Character.isWhitespace(c) && c != '>' && c != '/' && c != '<';
    }

    /** A DOCTYPE may carry an internal subset in brackets, whose declarations contain '>' themselves. */
    private static int afterDoctype(String head, int at) {
        int bracket = head.indexOf('[', at);
        int close = head.indexOf('>', at);
        if (bracket >= 0 && bracket < close) {
            int subsetEnd = head.indexOf(']', bracket);
            return subsetEnd < 0 ? -1 : after(head, ">", subsetEnd);
        }
        return close < 0 ? -1 : close + 1;
    }

    private static int after(String head, String token, int from) {
        int found = head.indexOf(token, from);
        return found < 0 ? -1 : found + token.length();
    }

    private static int skipWhitespace(String head, int at) {
        while (at < head.length() && Character.isWhitespace(head.charAt(at))) {
            at++;
        }
        return at;
    }
}
