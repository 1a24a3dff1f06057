package org.lerhub.admin.learner;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The consent form as the learner fills it in.
 *
 * @param expiresOn the last day the grant works (it ends at midnight UTC after it); none for "until I revoke it"
 */
public record GrantForm(String employer, GrantScope scope, Set<RecordKind> kinds, Set<String> recordIds, String purpose,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, Boolean oneTime,
                        Boolean includeEarnings) {

    /** Unticked boxes are absent from the form: absent is false. */
    public GrantForm {
        oneTime = Boolean.TRUE.equals(oneTime);
        includeEarnings = Boolean.TRUE.equals(includeEarnings);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        recordIds = recordIds == null ? Set.of() : Set.copyOf(recordIds);
    }

    static GrantForm empty() {
        return new GrantForm(null, GrantScope.ALL, Set.of(), Set.of(), null, null, false, false);
    }

    static GrantForm of(Grant grant) {
        return new GrantForm(grant.employerId(), grant.scope(), grant.kinds(),
                Set.copyOf(grant.recordIds().stream().map(RecordId::value).toList()), grant.purpose(),
                grant.expiresAt() == null ? null : grant.expiresAt().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1),
                grant.oneTime(), grant.includeEarnings());
    }

    GrantRequest request() {
        return new GrantRequest(employer == null || employer.isBlank() ? null : employer, scope, kinds,
                Set.copyOf(recordIds.stream().map(RecordId::of).toList()),
                purpose == null || purpose.isBlank() ? null : purpose.strip(),
                expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), oneTime,
                includeEarnings);
    }
}
