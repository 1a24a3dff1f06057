package org.lerhub.mappings.clr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lerhub.mappings.json.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * What a CLR says beyond the badges it packages, for the {@link Clr2Mapper#CREDENTIAL_EXTENSION} of each of its
 * records: the shared schema has no place for a document as a whole, and a record released on its own must still
 * say which CLR it came in. Its fields as written ({@code id}, {@code name}, dates, {@code credentialSchema}…), less
 * what has a place elsewhere: {@code proof} goes to the verifier, {@code issuer} is the packager extension, and of
 * the subject's lists only what became no record or relation is kept.
 */
final class ClrFields {

    private ClrFields() {
    }

    static Map<String, Object> of(JsonNode clr, List<JsonNode> unmappedCredentials, List<JsonNode> listedAchievements,
                                  List<JsonNode> unresolvedAssociations) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : clr.properties()) {
            if (property.getValue().isNull()) {
                continue; // absent, as TrackedObject reads it
            }
            switch (property.getKey()) {
                case "proof", "issuer" -> { }
                case Clr2Mapper.SUBJECT -> fields.put(Clr2Mapper.SUBJECT, subject(property.getValue(),
                        Map.of("verifiableCredential", unmappedCredentials, "achievement", listedAchievements,
                                "association", unresolvedAssociations)));
                default -> fields.put(property.getKey(), JsonFields.toJava(property.getValue()));
            }
        }
        return fields;
    }

    /** The subject's fields, its lists replaced by what is left of them (and left out when nothing is). */
    private static Map<String, Object> subject(JsonNode subject, Map<String, List<JsonNode>> leftOvers) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : subject.properties()) {
            List<JsonNode> left = leftOvers.get(property.getKey());
            if (left == null) {
                fields.put(property.getKey(), JsonFields.toJava(property.getValue()));
            } else if (!left.isEmpty()) {
                fields.put(property.getKey(), left.stream().map(JsonFields::toJava).toList());
            }
        }
        return fields;
    }
}
