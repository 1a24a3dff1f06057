package org.lerhub.demo;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes JSON documents indented, the way issuers and résumé builders publish them. */
final class JsonText {

    /** Line ends are "\n" whatever the platform, so the same seed gives the same bytes everywhere. */
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    /** {@code "name": value}, as the published samples write it, rather than Jackson's {@code "name" : value}. */
    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER);

    private static final JsonMapper JSON = JsonMapper.builder()
            .defaultPrettyPrinter(new DefaultPrettyPrinter(SEPARATORS)
                    .withObjectIndenter(INDENTER)
                    .withArrayIndenter(INDENTER))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonText() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode strings(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    static byte[] bytes(JsonNode document) {
        return JSON.writeValueAsBytes(document);
    }
}
