package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.audit.Disclosure;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.learner.LearnerData;
import org.lerhub.schema.LearnerId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A learner's view of who saw what, and their rights over their data. */
@RestController
@Tag(name = "My data", description = "Disclosures, export and erasure for the signed-in learner")
class MyDataController {

    private final LearnerAccounts accounts;
    private final DisclosureLog disclosures;
    private final LearnerData data;

    MyDataController(LearnerAccounts accounts, DisclosureLog disclosures, LearnerData data) {
        this.accounts = accounts;
        this.disclosures = disclosures;
        this.data = data;
    }

    @GetMapping("/api/v1/me/disclosures")
    @Operation(summary = "Who saw which of my records, when, under which grant")
    List<Disclosure> disclosures(Authentication authentication) {
        return learner(authentication).map(l -> disclosures.ofLearner(l.value())).orElse(List.of());
    }

    @GetMapping("/api/v1/me/export")
    @Operation(summary = "All my data: records, grants and disclosures")
    ResponseEntity<LearnerData.Export> export(Authentication authentication) {
        LearnerId learner = learner(authentication).orElseThrow(() -> new ApiProblems.NotFound("data about you"));
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"my-ler-data.json\"")
                .body(data.export(learner));
    }

    @DeleteMapping("/api/v1/me")
    @Operation(summary = "Erase my data: records, originals, grants and index entries")
    ResponseEntity<Void> erase(Authentication authentication) {
        learner(authentication).ifPresent(data::erase);
        return ResponseEntity.noContent().build();
    }

    private java.util.Optional<LearnerId> learner(Authentication authentication) {
        return accounts.learnerOf(HubUser.of(authentication));
    }
}
