package org.lerhub.engine.verification;

import java.util.List;
import java.util.Map;
import org.lerhub.mapping.MappingResult;
import org.lerhub.schema.Verification;

/**
 * Decides what a document's proofs, status entries and dates prove, for the document and per record; and what
 * the delivered file itself shows: its detached signature and its schema.
 */
public interface DocumentVerifier {

    Report verify(MappingResult mapped, Delivery delivery);

    /**
     * @param document       the outcome for the document's own proof(s)
     * @param records        outcomes by {@code provenance.sourceRecordId}; records not named get {@code document}
     * @param warnings       what a person should know beyond the checks (each schema violation)
     * @param signedBySender the sender's detached signature verified on a document that carries no proof of its
     *                       own: the sender vouches for its records as their issuer
     */
    record Report(Verification document, Map<String, Verification> records, List<String> warnings,
                  boolean signedBySender) {

        public Report {
            warnings = List.copyOf(warnings);
        }

        public Verification forRecord(String sourceRecordId) {
            return records.getOrDefault(sourceRecordId, document);
        }
    }
}
