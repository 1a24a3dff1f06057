package org.lerhub.engine.verification;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Reading DID documents and controller documents: which keys they hold and which of them may sign credentials
 * ({@code assertionMethod}). Ids may be written relative to the document ({@code "#key-1"}).
 */
final class ControllerDocuments {

    private static final List<String> KEY_LISTS = List.of("verificationMethod", "assertionMethod");

    private ControllerDocuments() {
    }

    /** The verification method with this id: the document itself when it is one, or an entry it lists. */
    static JsonObject method(JsonObject document, String id) {
        String documentId = JsonValues.string(document, "id");
        if (id.equals(documentId)) {
            return document;
        }
        for (String list : KEY_LISTS) {
            for (JsonObject method : JsonValues.objects(document.get(list))) {
                if (sameId(JsonValues.string(method, "id"), id, documentId)) {
                    return method;
                }
            }
        }
        return null;
    }

    /** Whether the document lets the key sign credentials, by reference or as an embedded method. */
    static boolean listsForAssertion(JsonObject document, String id) {
        String documentId = JsonValues.string(document, "id");
        for (JsonValue item : JsonValues.items(document.get("assertionMethod"))) {
            if (sameId(JsonValues.id(item), id, documentId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameId(String candidate, String id, String documentId) {
        if (candidate == null) {
            return false;
        }
        return candidate.equals(id) || candidate.startsWith("#") && documentId != null
                && (documentId + candidate).equals(id);
    }
}
