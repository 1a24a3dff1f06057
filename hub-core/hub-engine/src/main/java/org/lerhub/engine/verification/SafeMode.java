package org.lerhub.engine.verification;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON-LD safe mode over an expanded document: anything that would be left out of the RDF a signature covers is
 * an error, so that a credential cannot show data nobody signed.
 *
 * <p>The processor already refuses property names no context defines (its undefined-terms policy); this walk
 * catches the rest, which expansion keeps as relative IRIs and RDF conversion then silently drops: a type, an
 * {@code id} or a datatype that is not an absolute IRI.
 */
final class SafeMode {

    static final String CHECK = "json-ld safe mode";

    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.*");

    private SafeMode() {
    }

    static void check(JsonArray expanded) throws VerificationFailure {
        for (JsonValue value : expanded) {
            visit(value);
        }
    }

    private static void visit(JsonValue value) throws VerificationFailure {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                visit(item);
            }
        } else if (value instanceof JsonObject object) {
            visitObject(object);
        }
    }

    private static void visitObject(JsonObject object) throws VerificationFailure {
        boolean valueObject = object.containsKey("@value");
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            switch (key) {
                case "@id" -> requireIri(value, "the id");
                case "@type" -> {
                    // a value's datatype may be @json; a node's types are IRIs
                    if (!(valueObject && value instanceof JsonString s && "@json".equals(s.getString()))) {
                        requireIri(value, valueObject ? "the datatype" : "the type");
                    }
                }
                case "@value", "@language", "@direction", "@index" -> {
                    // literal content: nothing is dropped here
                }
                default -> {
                    if (!key.startsWith("@") && !isIri(key)) {
                        throw new VerificationFailure(CHECK, "the property \"" + key + "\" is not defined by any of"
                                + " the credential's contexts, so the signature would not cover it");
                    }
                    visit(value);
                }
            }
        }
    }

    private static void requireIri(JsonValue value, String what) throws VerificationFailure {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                requireIri(item, what);
            }
        } else if (value instanceof JsonString string && !isIri(string.getString())) {
            throw new VerificationFailure(CHECK, what + " \"" + string.getString() + "\" is not defined by any of the"
                    + " credential's contexts and is not an absolute IRI, so the signature would not cover it");
        }
    }

    private static boolean isIri(String value) {
        return value.startsWith("_:") || ABSOLUTE_IRI.matcher(value).matches();
    }
}
