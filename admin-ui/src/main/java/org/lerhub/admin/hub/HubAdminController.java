package org.lerhub.admin.hub;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lerhub.admin.jobs.JobId;
import org.lerhub.admin.jobs.Jobs;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.identity.IdentityDecisions;
import org.lerhub.engine.identity.IdentityReviews;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.store.Learners;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub admin's pages: organizations, the identity review queue, the audit chain check and reindexing (a job). */
@Controller
class HubAdminController {

    private final Organizations organizations;
    private final IdentityReviews reviews;
    private final IdentityDecisions decisions;
    private final Records records;
    private final Learners learners;
    private final DisclosureLog audit;
    private final SearchIndexer indexer;
    private final Jobs jobs;
    private final Clock clock;

    HubAdminController(Organizations organizations, IdentityReviews reviews, IdentityDecisions decisions, Records records,
                       Learners learners, DisclosureLog audit, SearchIndexer indexer, Jobs jobs, Clock clock) {
        this.organizations = organizations;
        this.reviews = reviews;
        this.decisions = decisions;
        this.records = records;
        this.learners = learners;
        this.audit = audit;
        this.indexer = indexer;
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/hub/organizations")
    String organizations(Model model) {
        Map<OrganizationType, List<Organizations.Registered>> byType = new EnumMap<>(OrganizationType.class);
        for (OrganizationType type : OrganizationType.values()) {
            byType.put(type, organizations.ofType(type));
        }
        model.addAttribute("byType", byType);
        model.addAttribute("types", OrganizationType.values());
        return "hub/organizations";
    }

    @PostMapping("/hub/organizations")
    String register(@RequestParam String id, @RequestParam String name, @RequestParam OrganizationType type,
                    RedirectAttributes redirect) {
        if (!id.strip().matches("[a-z0-9][a-z0-9-]{1,62}") || name.isBlank()) {
            redirect.addFlashAttribute("error", "organizations.error");
        } else if (organizations.register(new Organizations.Registered(OrganizationId.of(id.strip()), type, name.strip()),
                clock.instant())) {
            redirect.addFlashAttribute("done", "organizations.done");
        } else {
            redirect.addFlashAttribute("error", "organizations.taken");
        }
        return "redirect:/hub/organizations";
    }

    /** A review with its records and candidates by name, so the admin can decide. */
    record ReviewView(IdentityReviews.Review review, List<LerRecord> records, List<Learners.LearnerSummary> candidates) {
    }

    @GetMapping("/hub/identity-reviews")
    String reviews(Model model) {
        model.addAttribute("reviews", reviews.open().stream().map(r -> new ReviewView(r,
                r.recordIds().stream().map(records::find).flatMap(Optional::stream).toList(),
                r.candidates().stream().map(learners::find).flatMap(Optional::stream).toList())).toList());
        return "hub/identity-reviews";
    }

    @PostMapping("/hub/identity-reviews/{id}")
    String resolve(@PathVariable String id, @RequestParam(required = false) String learner,
                   Authentication authentication, RedirectAttributes redirect) {
        decisions.resolve(id, learner == null || learner.isBlank() ? Optional.empty() : Optional.of(LearnerId.of(learner)),
                authentication.getName());
        redirect.addFlashAttribute("done", "reviews.done");
        return "redirect:/hub/identity-reviews";
    }

    @GetMapping("/hub/operations")
    String operations() {
        return "hub/operations";
    }

    @PostMapping("/hub/operations/audit")
    String checkAudit(Model model) {
        model.addAttribute("check", audit.verify());
        return "hub/operations";
    }

    @PostMapping("/hub/operations/reindex")
    String reindex(Authentication authentication) {
        HubUser admin = HubUser.of(authentication);
        JobId job = jobs.start(admin, "job.reindex", "/hub/operations", progress -> {
            progress.total(records.count());
            indexer.reindex(admin.username(), progress::succeeded);
        });
        return "redirect:/jobs/" + job.value();
    }
}
