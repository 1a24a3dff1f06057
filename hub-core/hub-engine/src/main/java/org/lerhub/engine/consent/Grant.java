package org.lerhub.engine.consent;

import java.time.Instant;
import java.util.Set;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;

/**
 * A learner's consent for one employer organization to see some of their records.
 *
 * @param includeEarnings earnings are sensitive: released only when the learner says so
 * @param oneTime         the grant is used up by the employer's first look at a record
 * @param expiresAt       null for a grant that lasts until revoked
 * @param version         increases with every change; the history keeps every version
 */
public record Grant(String id, LearnerId learnerId, String employerId, GrantScope scope, Set<RecordKind> kinds,
                    Set<RecordId> recordIds, String purpose, boolean includeEarnings, boolean oneTime,
                    Instant expiresAt, Status status, int version, Instant createdAt, Instant updatedAt) {

    public enum Status {
        ACTIVE,
        REVOKED,
        /** A one-time grant after its first use. */
        USED
    }

    public Grant {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        recordIds = recordIds == null ? Set.of() : Set.copyOf(recordIds);
    }

    /** Active and not expired at {@code now}. */
    public boolean isLive(Instant now) {
        return status == Status.ACTIVE && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean covers(LerRecord record) {
        return switch (scope) {
            case ALL, SKILLS_SUMMARY -> true;
            case KINDS -> kinds.contains(record.kind());
            case RECORDS -> recordIds.contains(record.id());
        };
    }

    /** Whether the employer may see the whole record rather than its skills summary. */
    public boolean releasesFullRecord() {
        return scope != GrantScope.SKILLS_SUMMARY;
    }
}
