package org.lerhub.engine.verification;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * Parses JSON for verification, refusing what a lenient parser would quietly accept: a duplicated key (the
 * mapper and the verifier could each keep a different copy, so the record would show a value that was not the
 * one checked), nesting deeper than {@value #MAX_DEPTH} (the JSON-LD processor recurses), and trailing content.
 */
final class StrictJson {

    static final int MAX_DEPTH = 100;

    private StrictJson() {
    }

    /** The credential as a JSON object, or a failure that says why it cannot be read. */
    static JsonObject parseObject(String text, String what) throws VerificationFailure {
        JsonStructure json;
        try {
            json = parse(text, what);
        } catch (MalformedJsonException e) {
            throw new VerificationFailure("json", e.getMessage());
        }
        if (!(json instanceof JsonObject object)) {
            throw new VerificationFailure("json", what + " is a JSON array, not an object");
        }
        return object;
    }

    static JsonStructure parse(String text, String what) {
        try (JsonParser parser = JsonValues.PROVIDER.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new MalformedJsonException(what + " is empty");
            }
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT && first != JsonParser.Event.START_ARRAY) {
                throw new MalformedJsonException(what + " is not a JSON object");
            }
            JsonStructure value = (JsonStructure) read(parser, first, 1, what);
            if (parser.hasNext()) {
                throw new MalformedJsonException(what + " has content after its JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            throw new MalformedJsonException(what + " is not well-formed JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new MalformedJsonException(what + " could not be read as JSON: " + e.getMessage());
        }
    }

    private static JsonValue read(JsonParser parser, JsonParser.Event event, int depth, String what) {
        if (depth > MAX_DEPTH) {
            throw new MalformedJsonException(what + " nests deeper than " + MAX_DEPTH + " levels");
        }
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = JsonValues.PROVIDER.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    if (!keys.add(key)) {
                        throw new MalformedJsonException(what + " has the key \"" + key + "\" twice in one object");
                    }
                    object.add(key, read(parser, parser.next(), depth + 1, what));
                }
                return object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = JsonValues.PROVIDER.createArrayBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(read(parser, next, depth + 1, what));
                }
                return array.build();
            }
            default -> {
                // the parser's own value keeps the number exactly as written, which JSON-LD's RDF form depends on
                return parser.getValue();
            }
        }
    }

    /** Unchecked, because bundled contexts are parsed at start-up, where a bad file is a programming error. */
    static final class MalformedJsonException extends RuntimeException {

        MalformedJsonException(String message) {
            super(message);
        }
    }
}
