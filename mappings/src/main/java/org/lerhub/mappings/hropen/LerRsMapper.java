package org.lerhub.mappings.hropen;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonDocuments;
import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.TrackedObject;
import tools.jackson.databind.JsonNode;

/**
 * HR Open LER-RS: a résumé as JSON, either bare or wrapped as a verifiable credential ({@code type} "LER-RS VC",
 * the résumé as {@code credentialSubject}). Every position held becomes an employment record; degrees,
 * certifications, licenses and skills become achievements. All of it is the learner's own claim, so every
 * record is self-asserted, checked against the wrapper's proof when there is one; an Open Badges 3.0 credential an
 * entry embeds under {@code verifications} becomes a record of its own, verified on its own proof.
 * The mapping rules are in the module README.
 */
public final class LerRsMapper implements RecordMapper {

    public static final String FORMAT_ID = "ler-rs";

    private static final String VC_TYPE = "LER-RS VC";
    private static final List<String> SECTIONS = List.of("employmentHistories", "educationAndLearnings");
    /** What an LER-RS {@code type} (the HR Open schema URL) or {@code @context} mentions. */
    private static final List<String> MARKERS = List.of("LER-RS", "hropenstandards");
    /** A JSON document entirely within the head that names neither a section nor the standard cannot be one. */
    private static final List<String> DETECTION_MARKERS = Stream.concat(SECTIONS.stream(), MARKERS.stream()).toList();

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return JsonDocuments.recognizes(document, DETECTION_MARKERS, json -> resumeIn(json) != null);
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        VcEnvelope envelope = VcEnvelope.readObject(document, "an LER-RS résumé is one JSON object");
        JsonNode json = envelope.credential();
        JsonNode resume = resumeIn(json);
        if (resume == null) {
            throw new MappingException("not an HR Open LER-RS résumé: expected a JSON object with employmentHistories"
                    + " or educationAndLearnings, or with person and an LER-RS type, or a verifiable credential of"
                    + " type \"" + VC_TYPE + "\" holding one as its credentialSubject");
        }
        return resume == json ? new ResumeMapping(TrackedObject.of(resume), null, Map.of()).map()
                : new ResumeMapping(TrackedObject.of(resume), envelope, wrapper(json)).map();
    }

    /** The fields of the credential around a wrapped résumé (issuer, dates, proof…). */
    private static Map<String, Object> wrapper(JsonNode json) {
        TrackedObject credential = TrackedObject.of(json);
        credential.markRead("credentialSubject");
        return credential.unread();
    }


    /** The résumé: the document itself, or the credential subject of an "LER-RS VC"; null when there is none. */
    private static JsonNode resumeIn(JsonNode json) {
        if (isResume(json)) {
            return json;
        }
        List<String> types = JsonFields.texts(json.get("type"));
        JsonNode subject = json.path("credentialSubject");
        return types != null && types.contains(VC_TYPE) && isResume(subject) ? subject : null;
    }

    private static boolean isResume(JsonNode json) {
        if (!json.isObject()) {
            return false;
        }
        if (SECTIONS.stream().anyMatch(json::has)) {
            return true;
        }
        String type = JsonFields.text(json.get("type"));
        return json.has("person") && type != null && MARKERS.stream().anyMatch(type::contains);
    }
}
