package org.lerhub.mappings.jsonresume;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonDocuments;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.TrackedObject;
import tools.jackson.databind.JsonNode;

/**
 * JSON Resume (jsonresume.org, schema v1.0.0): a résumé the learner writes, as one JSON object with
 * {@code basics} and sections. Jobs and volunteering become employment records; degrees, awards, certificates,
 * skills and languages become achievements; all of it is self-asserted. The mapping rules are in the module README.
 */
public final class JsonResumeMapper implements RecordMapper {

    public static final String FORMAT_ID = "json-resume";

    /** What the {@code $schema} of a JSON Resume names (its repository, its site). */
    private static final String SCHEMA_MARKER = "jsonresume";
    /** A JSON document entirely within the head that names neither basics nor the schema cannot be one. */
    private static final List<String> DETECTION_MARKERS = List.of("\"basics\"", SCHEMA_MARKER);
    /** A document with one of these is an HR Open LER-RS résumé, whatever else it has. */
    private static final List<String> LER_RS_SECTIONS = List.of("employmentHistories", "educationAndLearnings");

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return JsonDocuments.recognizes(document, DETECTION_MARKERS, json -> notAResume(json).isEmpty());
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        JsonNode json = parse(document);
        Optional<String> why = notAResume(json);
        if (why.isPresent()) {
            throw new MappingException(why.get());
        }
        return new JsonResumeMapping(TrackedObject.of(json)).map();
    }

    private static JsonNode parse(SourceDocument document) throws MappingException {
        return JsonDocuments.parse(JsonDocuments.text(document), "the document");
    }

    /**
     * Why the JSON is not a JSON Resume, or empty when it is one: an object with a {@code $schema} naming JSON
     * Resume, or with {@code basics} and at least one section, and without LER-RS sections.
     */
    private static Optional<String> notAResume(JsonNode json) {
        if (!json.isObject()) {
            return Optional.of("the document is a JSON " + json.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object: a JSON Resume is one JSON object");
        }
        Optional<String> lerRs = LER_RS_SECTIONS.stream().filter(json::has).findFirst();
        if (lerRs.isPresent()) {
            return Optional.of("the document has " + lerRs.get() + ": it is an HR Open LER-RS résumé (format ler-rs),"
                    + " not a JSON Resume");
        }
        String schema = JsonFields.text(json.get("$schema"));
        boolean named = schema != null && schema.toLowerCase(Locale.ROOT).contains(SCHEMA_MARKER);
        boolean shaped = json.path("basics").isObject()
                && JsonResumeMapping.SECTION_NAMES.stream().anyMatch(section -> json.path(section).isArray());
        return named || shaped ? Optional.empty() : Optional.of("not a JSON Resume: expected a JSON object with"
                + " basics and a section such as work or education, or a $schema naming jsonresume");
    }
}
