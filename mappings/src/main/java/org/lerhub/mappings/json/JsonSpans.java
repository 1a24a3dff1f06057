package org.lerhub.mappings.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The exact text of values inside a JSON document. A credential embedded in another one is signed as its issuer
 * wrote it; re-serializing the parsed tree could change how numbers or escapes are spelled, so the verifier is
 * handed the characters of the document itself.
 */
public final class JsonSpans {

    private JsonSpans() {
    }

    /**
     * The text of each item of the array at {@code path} (property names from the root object), in order; the
     * value's own text when it is not an array; empty when the path leads nowhere. The text must be JSON that
     * {@link JsonDocuments#parse} accepted.
     */
    public static List<String> items(String json, String... path) {
        try (JsonParser parser = JsonDocuments.parser(json)) {
            parser.nextToken();
            for (String name : path) {
                if (!seekProperty(parser, name)) {
                    return List.of();
                }
            }
            List<String> items = new ArrayList<>();
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                items.add(valueText(json, parser));
                return items;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(valueText(json, parser));
            }
            return items;
        }
    }

    /** Moves from an object's start to the value of its property {@code name}; false when it has none. */
    private static boolean seekProperty(JsonParser parser, String name) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean match = name.equals(parser.currentName());
            parser.nextToken();
            if (match) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** The text of the value at the parser's current token, which is left at the value's last token. */
    private static String valueText(String json, JsonParser parser) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        parser.finishToken(); // a string's characters are otherwise read only when asked for
        int end = (int) parser.currentLocation().getCharOffset();
        return json.substring(start, end);
    }
}
