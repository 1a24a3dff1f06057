package org.lerhub.engine.ingest;

import java.util.Objects;

/**
 * Bytes a route or the API received, with where they came from. Routes move bytes; they never map.
 *
 * @param agencyId          the agency that owns the source
 * @param connectorId       the connector that delivered it, or null for a direct upload
 * @param formatId          the declared format, or null / {@code auto} to detect it
 * @param mediaType         the declared content type, possibly null
 * @param fileName          the file name or URL segment, possibly null
 * @param detachedSignature the sender's signature over {@code content} that came with it (a {@code .sig} file, a
 *                          header), or null; kept beside the original so that it can be verified again
 */
public record InboundDocument(byte[] content, String agencyId, String connectorId, String formatId, String mediaType,
                              String fileName, byte[] detachedSignature) {

    public InboundDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(agencyId, "agencyId");
        if (formatId != null && (formatId.isBlank() || formatId.equals("auto"))) {
            formatId = null;
        }
    }

    /** Without a detached signature. */
    public InboundDocument(byte[] content, String agencyId, String connectorId, String formatId, String mediaType,
                           String fileName) {
        this(content, agencyId, connectorId, formatId, mediaType, fileName, null);
    }
}
