package org.lerhub.admin.learner;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.consent.ConsentException;
import org.lerhub.engine.consent.ConsentGrants;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consent center: the learner's grants, a form to grant with a plain preview of exactly what the employer
 * will see, narrowing and revoking. Every change goes through {@link Consents}, as the API's do.
 */
@Controller
class ConsentCenterController {

    private final Consents consents;
    private final ConsentGrants grants;
    private final LearnerAccounts accounts;
    private final SignedInLearner learners;
    private final Records records;
    private final Organizations organizations;
    private final Clock clock;

    ConsentCenterController(Consents consents, ConsentGrants grants, LearnerAccounts accounts, SignedInLearner learners,
                            Records records, Organizations organizations, Clock clock) {
        this.consents = consents;
        this.grants = grants;
        this.accounts = accounts;
        this.learners = learners;
        this.records = records;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** A grant as the list shows it. */
    record GrantRow(Grant grant, String employerName, boolean live, List<ConsentGrants.HistoryEntry> history) {
    }

    @GetMapping("/learner/consents")
    String center(Authentication authentication, Model model) {
        return page(authentication, model, GrantForm.empty(), null, null);
    }

    @PostMapping("/learner/consents")
    String grant(@ModelAttribute GrantForm form, @RequestParam(defaultValue = "preview") String action,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        LearnerId learner = learners.of(authentication);
        try {
            if ("grant".equals(action)) {
                Grant grant = consents.grant(learner, form.request());
                redirect.addFlashAttribute("done", "consent.done.granted");
                redirect.addFlashAttribute("doneArg", employerNames().getOrDefault(grant.employerId(), grant.employerId()));
                return "redirect:/learner/consents";
            }
            return page(authentication, model, form, consents.preview(learner, form.request()), null);
        } catch (ConsentException refused) {
            return page(authentication, model, form, null, refused.getMessage());
        }
    }

    @GetMapping("/learner/consents/{id}/narrow")
    String narrowForm(@PathVariable String id, Authentication authentication, Model model) {
        Grant grant = consents.own(learners.of(authentication), id);
        return narrowPage(authentication, model, grant, GrantForm.of(grant), null, null);
    }

    @PostMapping("/learner/consents/{id}/narrow")
    String narrow(@PathVariable String id, @ModelAttribute GrantForm form,
                  @RequestParam(defaultValue = "preview") String action, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        LearnerId learner = learners.of(authentication);
        Grant grant = consents.own(learner, id);
        GrantForm fixed = new GrantForm(grant.employerId(), form.scope(), form.kinds(), form.recordIds(), form.purpose(),
                form.expiresOn(), grant.oneTime(), form.includeEarnings());
        try {
            if ("narrow".equals(action)) {
                consents.narrow(learner, id, fixed.request());
                redirect.addFlashAttribute("done", "consent.done.narrowed");
                redirect.addFlashAttribute("doneArg", employerNames().getOrDefault(grant.employerId(), grant.employerId()));
                return "redirect:/learner/consents";
            }
            return narrowPage(authentication, model, grant, fixed, consents.preview(learner, fixed.request()), null);
        } catch (ConsentException refused) {
            return narrowPage(authentication, model, grant, fixed, null, refused.getMessage());
        }
    }

    @PostMapping("/learner/consents/{id}/revoke")
    String revoke(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        Grant revoked = consents.revoke(learners.of(authentication), id);
        redirect.addFlashAttribute("done", "consent.done.revoked");
        redirect.addFlashAttribute("doneArg", employerNames().getOrDefault(revoked.employerId(), revoked.employerId()));
        return "redirect:/learner/consents";
    }

    private String page(Authentication authentication, Model model, GrantForm form, List<LerRecord> preview,
                        String error) {
        Optional<LearnerId> learner = accounts.learnerOf(HubUser.of(authentication));
        Map<String, String> employers = employerNames();
        model.addAttribute("grants", learner.map(consents::of).orElse(List.of()).stream()
                .map(g -> new GrantRow(g, employers.getOrDefault(g.employerId(), g.employerId()), g.isLive(clock.instant()),
                        grants.history(g.id())))
                .toList());
        formModel(model, learner, form, preview, error);
        return "learner/consents";
    }

    private String narrowPage(Authentication authentication, Model model, Grant grant, GrantForm form,
                              List<LerRecord> preview, String error) {
        model.addAttribute("grant", grant);
        formModel(model, accounts.learnerOf(HubUser.of(authentication)), form, preview, error);
        return "learner/narrow";
    }

    private void formModel(Model model, Optional<LearnerId> learner, GrantForm form, List<LerRecord> preview,
                           String error) {
        Map<String, String> employers = employerNames();
        model.addAttribute("employers", employers);
        model.addAttribute("myRecords", learner.map(records::ofLearner).orElse(List.of()));
        model.addAttribute("scopes", GrantScope.values());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("form", form);
        model.addAttribute("employerName", form.employer() == null ? null
                : employers.getOrDefault(form.employer(), form.employer()));
        model.addAttribute("preview", preview);
        model.addAttribute("previewEarnings", preview != null && preview.stream()
                .anyMatch(r -> r.employment() != null && !r.employment().earnings().isEmpty()));
        model.addAttribute("problem", error);
    }

    private Map<String, String> employerNames() {
        return organizations.ofType(OrganizationType.EMPLOYER).stream().collect(Collectors.toMap(o -> o.id().value(),
                Organizations.Registered::name, (a, b) -> a, LinkedHashMap::new));
    }
}
