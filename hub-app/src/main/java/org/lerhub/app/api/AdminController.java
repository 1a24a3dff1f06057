package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.identity.IdentityDecisions;
import org.lerhub.engine.identity.IdentityReviews;
import org.lerhub.engine.ingest.Reverification;
import org.lerhub.schema.LearnerId;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.lerhub.engine.search.SearchIndexer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration", description = "Hub admin only")
class AdminController {

    private final SearchIndexer indexer;
    private final DisclosureLog disclosures;
    private final IdentityReviews reviews;
    private final IdentityDecisions decisions;
    private final Reverification reverification;

    AdminController(SearchIndexer indexer, DisclosureLog disclosures, IdentityReviews reviews,
                    IdentityDecisions decisions, Reverification reverification) {
        this.indexer = indexer;
        this.reverification = reverification;
        this.disclosures = disclosures;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @GetMapping("/api/v1/admin/identity-reviews")
    @Operation(summary = "Records the hub could not link to one learner with certainty")
    List<IdentityReviews.Review> identityReviews() {
        return reviews.open();
    }

    /** The admin's decision: the learner the records belong to, or none for a new learner. */
    record Decision(String learnerId) {
    }

    /** Where the records went. */
    record Resolved(String learnerId) {
    }

    @PostMapping("/api/v1/admin/identity-reviews/{id}/resolve")
    @Operation(summary = "Link a review's records to a learner (or, without learnerId, to a new learner)")
    Resolved resolve(@PathVariable String id, @RequestBody(required = false) Decision decision,
                     Authentication authentication) {
        Optional<LearnerId> chosen = decision == null || decision.learnerId() == null ? Optional.empty()
                : Optional.of(LearnerId.of(decision.learnerId()));
        return new Resolved(decisions.resolve(id, chosen, authentication.getName()).value());
    }

    @GetMapping("/api/v1/admin/audit/verify")
    @Operation(summary = "Check the hash chain of the disclosure log; names the first entry that was changed or removed")
    DisclosureLog.ChainCheck verifyAudit() {
        return disclosures.verify();
    }

    /** How many records the rebuilt index holds. */
    record Reindexed(long indexed) {
    }

    @PostMapping("/api/v1/admin/reindex")
    @Operation(summary = "Rebuild the search index from the record store")
    Reindexed reindex(Authentication authentication) {
        return new Reindexed(indexer.reindex(authentication.getName(), indexed -> { }));
    }

    @PostMapping("/api/v1/admin/reverify")
    @Operation(summary = "Verify stored credentials again now (status lists, validity, trust lists), as the schedule "
            + "under ler.verification.recheck-every does")
    Reverification.Summary reverify() {
        return reverification.run();
    }
}
