package org.lerhub.mapping;

import java.time.Instant;
import java.util.List;
import org.lerhub.schema.LerRecord;

/**
 * What an export is made of: the learner as the hub knows them and their records, in the order the hub holds them.
 *
 * @param exportedBy the hub that writes the export (its public URL or DID), named as the packager of a CLR
 */
public record LearnerRecords(String learnerId, String displayName, List<String> emails, List<LerRecord> records,
                             Instant exportedAt, String exportedBy) {

    public LearnerRecords {
        emails = List.copyOf(emails);
        records = List.copyOf(records);
    }
}
