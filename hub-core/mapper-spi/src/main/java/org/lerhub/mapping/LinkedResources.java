package org.lerhub.mapping;

import java.net.URI;
import java.util.Optional;

/**
 * Fetches documents a source document only links to (an Open Badges 2.0 BadgeClass or Issuer by URL). The hub
 * gives mappers one implementation, which fetches only from hosts the operator allowed, caches, and is replaced
 * by WireMock in tests; {@link #NONE} fetches nothing.
 */
@FunctionalInterface
public interface LinkedResources {

    LinkedResources NONE = uri -> Optional.empty();

    /** The bytes at the URI, or empty when it may not or cannot be fetched. */
    Optional<byte[]> fetch(URI uri);
}
