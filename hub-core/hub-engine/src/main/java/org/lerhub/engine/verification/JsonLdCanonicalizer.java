package org.lerhub.engine.verification;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON-LD to canonical N-Quads (RDFC-1.0, the W3C name of URDNA2015), the form Data Integrity proofs sign:
 * expansion with the bundled contexts only, {@link SafeMode}, RDF conversion (titanium-json-ld), canonicalisation
 * ({@link Rdfc10}). Every step is time-limited, because a crafted document can make canonicalisation exponential.
 *
 * <p>Expansion is titanium's {@code ExpansionProcessor} taken apart at one point: the document's top-level
 * {@code @context} is processed into an active context first, and when it names bundled contexts only, that
 * active context is kept and reused. Turning the credentials and Open Badges contexts into term definitions was
 * most of the work of expanding a credential, and it was done again for the credential and for each proof. What
 * the document itself carries (inline contexts, scoped contexts, nested {@code @context}) is processed every time.
 */
final class JsonLdCanonicalizer {

    static final String CONTEXTS_CHECK = "json-ld contexts";
    private static final String JSON_LD_CHECK = "json-ld";
    private static final String CONTEXT = "@context";
    private static final String GRAPH = "@graph";
    /** More combinations of bundled contexts than credentials use; beyond it contexts are processed per call. */
    private static final int KEPT_CONTEXTS = 64;
    /** Credentials name two to four contexts: a longer list is processed per call, not kept at a stranger's choice. */
    private static final int KEPT_CONTEXT_URLS = 8;

    private final Duration timeLimit;
    private final JsonLdOptions options;
    private final TimeLimitedRuntime runtime;
    private final Map<JsonValue, ActiveContext> bundledContexts = new ConcurrentHashMap<>();

    JsonLdCanonicalizer(BundledContexts contexts, Duration timeLimit) {
        this.timeLimit = timeLimit;
        options = new JsonLdOptions(contexts);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setProduceGeneralizedRdf(false);
        // the runtime is shared by every thread and titanium's caches are not thread-safe; BundledContexts already
        // holds each context parsed
        options.setContextCache(null);
        options.setDocumentCache(null);
        runtime = new TimeLimitedRuntime(options);
    }

    /** The canonical N-Quads of a JSON-LD document, or the reason it cannot be canonicalised safely. */
    String canonicalize(JsonObject document) throws VerificationFailure {
        try {
            JsonArray expanded = runtime.within(timeLimit, () -> expand(document));
            SafeMode.check(expanded);
            Rdfc10 canonicalization = new Rdfc10();
            // RDF from the expansion SafeMode checked; JsonLd.toRdf would expand the document again
            ToRdfProcessor.toRdf(canonicalization, expanded, options);
            return canonicalization.canonicalNQuads(timeLimit.toMillis());
        } catch (JsonLdError e) {
            throw explain(e);
        } catch (IllegalStateException e) {
            // Rdfc10's way of saying the time limit was reached
            throw new VerificationFailure(JSON_LD_CHECK, "the credential is too complex to canonicalise within "
                    + timeLimit.toMillis() + " ms, so its signature cannot be checked");
        }
    }

    /** What {@code JsonLd.expand} returns for the document, with its top-level context processed first. */
    private JsonArray expand(JsonObject document) throws JsonLdError {
        ActiveContext initial = new ActiveContext(null, null, runtime);
        ActiveContext active = initial;
        JsonValue element = document;
        JsonValue context = document.get(CONTEXT);
        if (context != null) {
            ActiveContext processed = process(initial, context);
            // a context that does not propagate is undone at the node it is on: only titanium can expand that
            if (processed.getPreviousContext() == null) {
                active = processed;
                element = JsonValues.PROVIDER.createObjectBuilder(document).remove(CONTEXT).build();
            }
        }
        JsonValue expanded = Expansion.with(active, element, null, null).frameExpansion(false)
                .ordered(options.isOrdered()).compute();
        // the end of ExpansionProcessor.expand: a lone @graph is unwrapped, nothing is an empty array
        if (expanded instanceof JsonObject object && object.size() == 1 && object.containsKey(GRAPH)) {
            expanded = object.get(GRAPH);
        }
        if (expanded == null || expanded.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        return expanded instanceof JsonArray array ? array
                : JsonValues.PROVIDER.createArrayBuilder().add(expanded).build();
    }

    private ActiveContext process(ActiveContext initial, JsonValue context) throws JsonLdError {
        if (!namesOnly(context)) {
            return initial.newContext().create(context, null);
        }
        ActiveContext kept = bundledContexts.get(context);
        if (kept != null) {
            return kept;
        }
        // a URL that is not bundled fails here, and a failure is not kept
        ActiveContext processed = initial.newContext().create(context, null);
        if (bundledContexts.size() < KEPT_CONTEXTS && (!(context instanceof JsonArray urls)
                || urls.size() <= KEPT_CONTEXT_URLS)) {
            bundledContexts.putIfAbsent(context, processed);
        }
        return processed;
    }

    /** A context given by URLs alone, which the loader answers with the same bundled document every time. */
    private static boolean namesOnly(JsonValue context) {
        if (context instanceof JsonString) {
            return true;
        }
        return context instanceof JsonArray array && !array.isEmpty()
                && array.stream().allMatch(JsonString.class::isInstance);
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

    /**
     * titanium's processing runtime with the time limit of the expansion running on the calling thread. Every
     * active context holds its runtime, and the kept ones are shared between threads and calls, so the limit
     * cannot be the runtime's own (titanium's {@code Ticker} counts from when it was made).
     */
    private static final class TimeLimitedRuntime extends ProcessingRuntime {

        private interface Step<T> {
            T run() throws JsonLdError;
        }

        private final ThreadLocal<Long> deadline = new ThreadLocal<>();

        TimeLimitedRuntime(JsonLdOptions options) {
            super(options);
        }

        <T> T within(Duration limit, Step<T> step) throws JsonLdError {
            deadline.set(System.nanoTime() + limit.toNanos());
            try {
                return step.run();
            } finally {
                deadline.remove();
            }
        }

        @Override
        public void tick() throws JsonLdError {
            Long until = deadline.get();
            // outside within() there is no limit to keep to: refuse rather than run unbounded
            if (until == null || System.nanoTime() - until > 0) {
                throw new JsonLdError(JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED);
            }
        }
    }
}
