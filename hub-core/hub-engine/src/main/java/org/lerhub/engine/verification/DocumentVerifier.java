package org.lerhub.engine.verification;

import java.util.Map;
import org.lerhub.mapping.MappingResult;
import org.lerhub.schema.Verification;

/** Decides what a document's proofs, status entries and dates prove, for the document and per record. */
public interface DocumentVerifier {

    Report verify(MappingResult mapped);

    /**
     * @param document the outcome for the document's own proof(s)
     * @param records  outcomes by {@code provenance.sourceRecordId}; records not named get {@code document}
     */
    record Report(Verification document, Map<String, Verification> records) {

        public Verification forRecord(String sourceRecordId) {
            return records.getOrDefault(sourceRecordId, document);
        }
    }
}
