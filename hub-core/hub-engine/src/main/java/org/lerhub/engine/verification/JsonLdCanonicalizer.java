package org.lerhub.engine.verification;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;

/**
 * JSON-LD to canonical N-Quads (RDFC-1.0, the W3C name of URDNA2015), the form Data Integrity proofs sign:
 * expansion with the bundled contexts only, {@link SafeMode}, RDF conversion (titanium-json-ld), canonicalisation
 * ({@link Rdfc10}). Every step is time-limited, because a crafted document can make canonicalisation exponential.
 */
final class JsonLdCanonicalizer {

    static final String CONTEXTS_CHECK = "json-ld contexts";
    private static final String JSON_LD_CHECK = "json-ld";

    private final BundledContexts contexts;
    private final Duration timeLimit;

    JsonLdCanonicalizer(BundledContexts contexts, Duration timeLimit) {
        this.contexts = contexts;
        this.timeLimit = timeLimit;
    }

    /** The canonical N-Quads of a JSON-LD document, or the reason it cannot be canonicalised safely. */
    String canonicalize(JsonObject document) throws VerificationFailure {
        JsonLdOptions options = new JsonLdOptions(contexts);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setProduceGeneralizedRdf(false);
        options.setTimeout(timeLimit);
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
            SafeMode.check(expanded);
            Rdfc10 canonicalization = new Rdfc10();
            JsonLd.toRdf(JsonDocument.of(expanded)).options(options).provide(canonicalization);
            return canonicalization.canonicalNQuads(timeLimit.toMillis());
        } catch (JsonLdError e) {
            throw explain(e);
        } catch (IllegalStateException e) {
            // Rdfc10's way of saying the time limit was reached
            throw new VerificationFailure(JSON_LD_CHECK, "the credential is too complex to canonicalise within "
                    + timeLimit.toMillis() + " ms, so its signature cannot be checked");
        }
    }

    private VerificationFailure explain(JsonLdError error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BundledContexts.NotBundledException notBundled) {
                return new VerificationFailure(CONTEXTS_CHECK, BundledContexts.notBundled(notBundled.url()));
            }
        }
        if (error.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
            return new VerificationFailure(SafeMode.CHECK, "a property is not defined by any of the credential's"
                    + " contexts, so the signature would not cover it (" + error.getMessage() + ")");
        }
        if (error.getCode() == JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED) {
            return new VerificationFailure(JSON_LD_CHECK, "the credential is too complex to process within "
                    + timeLimit.toMillis() + " ms, so its signature cannot be checked");
        }
        return new VerificationFailure(JSON_LD_CHECK, "the credential is not valid JSON-LD: " + error.getMessage());
    }
}
