package org.lerhub.mappings.clr;

import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.schema.LerRecord;

/**
 * One credential a CLR packages, mapped.
 *
 * @param path          where it is in the CLR, for messages: {@code credentialSubject.verifiableCredential[2]}
 * @param achievementId the id of the achievement it awards, which associations name; null when it has none
 */
record PackagedCredential(String path, VcEnvelope envelope, LerRecord record, String achievementId) {

    String sourceRecordId() {
        return record.provenance().sourceRecordId();
    }
}
