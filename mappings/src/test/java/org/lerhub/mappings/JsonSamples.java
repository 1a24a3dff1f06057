package org.lerhub.mappings;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.lerhub.mapping.SourceDocument;
import tools.jackson.databind.node.ObjectNode;

/** JSON corpus samples for mapper tests: as text, as a tree, and changed for the cases the corpus lacks. */
public final class JsonSamples {

    private JsonSamples() {
    }

    /** A sample's text, e.g. {@code ob2/basic-assertion.json}. */
    public static String text(String corpusPath) {
        return new String(GoldenFiles.bytes("corpus/" + corpusPath), StandardCharsets.UTF_8);
    }

    /** A sample that is one JSON object, as a tree the test may change. */
    public static ObjectNode object(String corpusPath) {
        return (ObjectNode) GoldenFiles.JSON.readTree(text(corpusPath));
    }

    /** The object with a change, as a document. */
    public static SourceDocument variant(ObjectNode json, Consumer<ObjectNode> change) {
        ObjectNode copy = json.deepCopy();
        change.accept(copy);
        return json(copy.toString());
    }

    public static SourceDocument json(String text) {
        return new SourceDocument(text.getBytes(StandardCharsets.UTF_8), "application/json", "test.json");
    }
}
