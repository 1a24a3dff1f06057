package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Where a record came from and who stands behind it.
 *
 * @param sourceRecordId the record's own id inside the document (achievement id, course path), stable
 *                       across re-mapping; {@link Relation}s point at it
 * @param trust          how the data was asserted; mappers set it, verification may lower it (a proof that did
 *                       not verify) or raise it (a file its sender signed)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provenance(String connectorId, String agencyId, String formatId, DocumentId documentId,
                         String sha256, Instant receivedAt, TrustLevel trust, String sourceRecordId) {

    /** What a mapper knows; the pipeline adds the document's side. */
    public static Provenance mapped(String formatId, TrustLevel trust, String sourceRecordId) {
        return new Provenance(null, null, formatId, null, null, null, trust, sourceRecordId);
    }

    public Provenance fromDocument(String connector, String agency, DocumentId document, String hash,
                                   Instant received) {
        return new Provenance(connector, agency, formatId, document, hash, received, trust, sourceRecordId);
    }

    public Provenance withTrust(TrustLevel level) {
        return new Provenance(connectorId, agencyId, formatId, documentId, sha256, receivedAt, level, sourceRecordId);
    }
}
