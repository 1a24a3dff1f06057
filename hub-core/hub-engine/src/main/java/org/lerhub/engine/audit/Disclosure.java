package org.lerhub.engine.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the disclosure log: who saw which of a learner's records, when, under which grant, and
 * from which search or view. Holds ids only, no personal data, so it can outlive an erased learner.
 *
 * @param action  {@code SEARCH}, {@code VIEW}, or {@code ERASED} for the tombstone of an erased learner
 * @param context the query or view that disclosed the records
 */
public record Disclosure(long seq, Instant occurredAt, String action, String learnerId, String employerId,
                         String actor, String grantId, List<String> recordIds, String context, String prevHash,
                         String hash) {

    public Disclosure {
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }
}
