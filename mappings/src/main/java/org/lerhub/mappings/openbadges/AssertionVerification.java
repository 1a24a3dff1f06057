package org.lerhub.mappings.openbadges;

import java.util.List;
import java.util.Optional;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;

/**
 * How an Open Badges 2.0 assertion can be verified, which decides its trust and what the verifier is handed.
 *
 * <ul>
 *   <li>Signed: the document is a compact JWS whose payload is the assertion. Trust {@code ISSUER_SIGNED}; the
 *       token goes on as {@code application/jose} (the verifier finds the key at {@code verification.creator}, and
 *       refuses an unsecured one).
 *   <li>Hosted: the assertion is plain JSON and its {@code id} is the URL its issuer hosts it at. Trust
 *       {@code TRANSPORT_AUTHENTICATED}; the assertion's text goes on as {@code application/ob2+hosted}, for the
 *       verifier to compare with the hosted copy.
 *   <li>Anything else (plain JSON that says it is signed, a hosted assertion without a URL id)
 *       has nothing to verify: {@code SELF_ASSERTED}, no signed part, and a warning.
 * </ul>
 *
 * @param mediaType null when there is nothing to verify
 */
record AssertionVerification(TrustLevel trust, String mediaType, String text) {

    static final String SIGNED_MEDIA_TYPE = "application/jose";
    static final String HOSTED_MEDIA_TYPE = "application/ob2+hosted";

    private static final AssertionVerification NONE = new AssertionVerification(TrustLevel.SELF_ASSERTED, null, null);
    private static final List<String> HOSTED = List.of("hosted", "HostedBadge");
    private static final List<String> SIGNED = List.of("signed", "SignedBadge");

    static AssertionVerification of(VcEnvelope envelope, List<String> warnings) {
        if (!VcEnvelope.LD_MEDIA_TYPE.equals(envelope.mediaType())) {
            // an unsecured JWS too: the verifier refuses it
            return new AssertionVerification(TrustLevel.ISSUER_SIGNED, SIGNED_MEDIA_TYPE, envelope.signedText());
        }
        JsonNode assertion = envelope.credential();
        String type = JsonFields.text(assertion.path("verification").get("type"));
        if (type == null) {
            warnings.add("verification is missing: taken as hosted at the assertion's id");
        } else if (SIGNED.contains(type)) {
            warnings.add("verification.type is " + type + ", but the assertion came as plain JSON, not as the JWS"
                    + " its issuer signed: there is no signature to verify");
            return NONE;
        } else if (!HOSTED.contains(type)) {
            warnings.add("verification.type " + type + " is not hosted or signed: nothing can be verified");
            return NONE;
        }
        String id = JsonFields.text(assertion.get("id"));
        if (id == null || !id.matches("(?i)https?://.+")) {
            warnings.add("a hosted assertion is verified at its id, which must be an HTTP(S) URL; " + id
                    + " is not: nothing can be verified");
            return NONE;
        }
        return new AssertionVerification(TrustLevel.TRANSPORT_AUTHENTICATED, HOSTED_MEDIA_TYPE, envelope.signedText());
    }

    /** What the verifier is handed, deciding the record with this id; empty when there is nothing to verify. */
    Optional<SignedPart> signedPart(String sourceRecordId) {
        return mediaType == null ? Optional.empty()
                : Optional.of(new SignedPart(mediaType, text, List.of(sourceRecordId)));
    }
}
