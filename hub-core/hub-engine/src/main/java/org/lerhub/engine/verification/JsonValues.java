package org.lerhub.engine.verification;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;

/** Reading the JSON shapes that credentials use: a value or a list of them, an id given as a string or object. */
final class JsonValues {

    /**
     * The JSON-P provider, looked up once: {@code Json.createX} looks it up through the service loader on every call,
     * a scan of the class path that cost more than parsing a credential.
     */
    static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonValues() {
    }

    /** The string at {@code key}, or null when absent or not a string. */
    static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }

    /** An id given either as a string or as an object with an {@code id} (issuer, verification method). */
    static String id(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value instanceof JsonObject object ? string(object, "id") : null;
    }

    /** The value itself, or the items of an array: JSON-LD lets one item stand for a list of one. */
    static List<JsonValue> items(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    static List<JsonObject> objects(JsonValue value) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue item : items(value)) {
            if (item instanceof JsonObject object) {
                out.add(object);
            }
        }
        return out;
    }

    /** The credential's issuer id ({@code issuer} is a URL or an object with an {@code id}). */
    static String issuerId(JsonObject credential) {
        return id(credential.get("issuer"));
    }
}
