package org.lerhub.engine.ingest;

import java.util.Objects;

/**
 * Bytes a route or the API received, with where they came from. Routes move bytes; they never map.
 *
 * @param agencyId    the agency that owns the source
 * @param connectorId the connector that delivered it, or null for a direct upload
 * @param formatId    the declared format, or null / {@code auto} to detect it
 * @param mediaType   the declared content type, possibly null
 * @param fileName    the file name or URL segment, possibly null
 */
public record InboundDocument(byte[] content, String agencyId, String connectorId, String formatId, String mediaType,
                              String fileName) {

    public InboundDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(agencyId, "agencyId");
        if (formatId != null && (formatId.isBlank() || formatId.equals("auto"))) {
            formatId = null;
        }
    }
}
