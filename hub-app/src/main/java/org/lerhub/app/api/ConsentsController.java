package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.consent.ConsentGrants;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A learner's grants to employers: list, grant, narrow, revoke. */
@RestController
@RequestMapping("/api/v1/me/consents")
@Tag(name = "Consent", description = "Learners decide which employer sees which records")
class ConsentsController {

    private final Consents consents;
    private final ConsentGrants grants;
    private final LearnerAccounts accounts;
    private final Clock clock;

    ConsentsController(Consents consents, ConsentGrants grants, LearnerAccounts accounts, Clock clock) {
        this.consents = consents;
        this.grants = grants;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The grant payload of API.md; {@code includeEarnings} defaults to false because earnings are sensitive. */
    record GrantBody(String employer, GrantScope scope, Set<RecordKind> kinds, Set<String> recordIds, String purpose,
                     Instant expiresAt, Boolean oneTime, Boolean includeEarnings) {

        GrantRequest request() {
            return new GrantRequest(employer, scope, kinds == null ? Set.of() : kinds,
                    recordIds == null ? Set.of() : Set.copyOf(recordIds.stream().map(RecordId::of).toList()), purpose,
                    expiresAt, Boolean.TRUE.equals(oneTime), Boolean.TRUE.equals(includeEarnings));
        }
    }

    /** A grant as the learner sees it, with its history. */
    record GrantView(String id, String employer, GrantScope scope, Set<RecordKind> kinds, List<String> recordIds,
                     String purpose, Instant expiresAt, boolean oneTime, boolean includeEarnings, String status,
                     boolean live, int version, Instant createdAt, Instant updatedAt,
                     List<ConsentGrants.HistoryEntry> history) {
    }

    @GetMapping
    @Operation(summary = "My grants, live and past, with their history")
    List<GrantView> list(Authentication authentication) {
        return consents.of(learner(authentication)).stream().map(this::view).toList();
    }

    @PostMapping
    @Operation(summary = "Grant an employer access to some of my records")
    ResponseEntity<GrantView> grant(@RequestBody GrantBody body, Authentication authentication) {
        Grant grant = consents.grant(learner(authentication), body.request());
        return ResponseEntity.created(URI.create("/api/v1/me/consents/" + grant.id())).body(view(grant));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Narrow a grant: fewer records, less detail, no earnings or an earlier expiry")
    GrantView narrow(@PathVariable String id, @RequestBody GrantBody body, Authentication authentication) {
        return view(consents.narrow(learner(authentication), id, body.request()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a grant; it stops working for the employer's next request")
    GrantView revoke(@PathVariable String id, Authentication authentication) {
        return view(consents.revoke(learner(authentication), id));
    }

    private LearnerId learner(Authentication authentication) {
        return accounts.learnerOf(HubUser.of(authentication))
                .orElseThrow(() -> new ApiProblems.NotFound("a learner record for your account"));
    }

    private GrantView view(Grant grant) {
        return new GrantView(grant.id(), grant.employerId(), grant.scope(), grant.kinds(),
                grant.recordIds().stream().map(RecordId::value).sorted().toList(), grant.purpose(), grant.expiresAt(),
                grant.oneTime(), grant.includeEarnings(), grant.status().name(), grant.isLive(clock.instant()),
                grant.version(), grant.createdAt(), grant.updatedAt(), grants.history(grant.id()));
    }
}
