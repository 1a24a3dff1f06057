package org.lerhub.engine.consent;

import java.time.Instant;
import java.util.Set;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;

/** What a learner asks for when granting or narrowing: the payload of {@code POST /api/v1/me/consents}. */
public record GrantRequest(String employer, GrantScope scope, Set<RecordKind> kinds, Set<RecordId> recordIds,
                           String purpose, Instant expiresAt, boolean oneTime, boolean includeEarnings) {
}
