package org.lerhub.engine.verification;

import java.net.URI;

/**
 * Documents that verification may need from elsewhere: a status list credential, a DID document, an issuer's
 * controller document. This is the only way verification reaches outside the hub, and it is off unless the
 * operator sets {@code ler.verification.allow-network=true}; offline, every check that needs a document says so
 * instead of fetching it. Tests supply the documents they need.
 */
@FunctionalInterface
public interface RemoteDocuments {

    String OFFLINE_REASON = "network lookups are off (ler.verification.allow-network=false)";

    /** Fetches nothing, ever: the default. */
    RemoteDocuments OFFLINE = uri -> new NotFetched(OFFLINE_REASON);

    Fetched fetch(URI uri);

    /** What became of a request for a document. */
    sealed interface Fetched permits Found, NotFetched {
    }

    /** The document's text (JSON). */
    record Found(String body) implements Fetched {
    }

    /** Why there is no document, as a person reads it ("network lookups are off", "404 Not Found"). */
    record NotFetched(String reason) implements Fetched {
    }
}
