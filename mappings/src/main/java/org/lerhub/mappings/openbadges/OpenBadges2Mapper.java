package org.lerhub.mappings.openbadges;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.schema.LerRecord;
import tools.jackson.databind.JsonNode;

/**
 * Open Badges 2.0: one Assertion as one achievement record, hosted (plain JSON) or signed (a compact JWS whose
 * payload is the assertion). Its BadgeClass and Issuer are embedded or linked by URL; linked ones are read only
 * through {@link MappingContext#linkedResources()}. Nothing is verified here: see {@link AssertionVerification}
 * for what the verifier is handed. The mapping rules are in the module README.
 */
public final class OpenBadges2Mapper implements RecordMapper {

    public static final String FORMAT_ID = "ob2";

    private static final String ASSERTION = "Assertion";
    private static final List<String> CONTEXTS =
            List.of("https://w3id.org/openbadges/v2", "https://openbadgespec.org/v2/context.json");

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        // a JWS is read like a VC-JWT: its payload, without a vc claim, is taken as it is
        return VcEnvelope.peek(document, ASSERTION, CONTEXTS.get(0), CONTEXTS.get(1))
                .filter(envelope -> isAssertion(envelope.credential()))
                .isPresent();
    }

    /** Maps without following links, so only an assertion that embeds its BadgeClass can be mapped. */
    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        return map(document, MappingContext.OFFLINE);
    }

    @Override
    public MappingResult map(SourceDocument document, MappingContext context) throws MappingException {
        VcEnvelope envelope = VcEnvelope.readObject(document, "an Open Badges 2.0 assertion is one JSON object");
        JsonNode assertion = envelope.credential();
        if (!isAssertion(assertion)) {
            throw new MappingException("type " + JsonFields.toJava(assertion.get("type")) + " is no Open Badges 2.0"
                    + " assertion: expected type Assertion (a BadgeClass or Issuer is read where an assertion links"
                    + " to it)");
        }
        List<String> warnings = new ArrayList<>();
        AssertionVerification verification = AssertionVerification.of(envelope, warnings);
        String sourceRecordId = envelope.idOr("assertion");
        AssertionMapping mapping = new AssertionMapping(new LinkedDocuments(context.linkedResources()));
        LerRecord record = mapping.map(assertion, verification.trust(), sourceRecordId);
        warnings.addAll(mapping.warnings());
        return new MappingResult(List.of(record), warnings,
                verification.signedPart(sourceRecordId).stream().toList());
    }

    /** Typed Assertion; or, as some issuers leave the type out, in the OB 2.0 context with a recipient and badge. */
    private static boolean isAssertion(JsonNode json) {
        List<String> types = JsonFields.texts(json.get("type"));
        if (types != null && types.contains(ASSERTION)) {
            return true;
        }
        List<String> contexts = JsonFields.texts(json.get("@context"));
        return (types == null || types.isEmpty()) && contexts != null && contexts.stream().anyMatch(CONTEXTS::contains)
                && json.has("recipient") && json.has("badge");
    }
}
