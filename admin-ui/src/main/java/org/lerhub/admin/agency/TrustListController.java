package org.lerhub.admin.agency;

import java.time.Clock;
import java.util.List;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.trust.TrustedIssuers;
import org.lerhub.schema.OrganizationType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's issuer trust list; every change is written to the audit chain, as through the API. */
@Controller
class TrustListController {

    private final TrustedIssuers trusted;
    private final DisclosureLog audit;
    private final Organizations organizations;
    private final Clock clock;

    TrustListController(TrustedIssuers trusted, DisclosureLog audit, Organizations organizations, Clock clock) {
        this.trusted = trusted;
        this.audit = audit;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/agency/trust")
    String list(Authentication authentication, Model model) {
        HubUser user = HubUser.of(authentication);
        model.addAttribute("entries", trusted.of(AgencyAccess.agencyOf(user)));
        if (user.is(HubRole.HUB_ADMIN)) {
            model.addAttribute("agencies", organizations.ofType(OrganizationType.AGENCY));
        }
        return "agency/trust";
    }

    @PostMapping("/agency/trust")
    String add(@RequestParam String issuer, @RequestParam(required = false) String name,
               @RequestParam(required = false) String agency, Authentication authentication, RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        if (issuer.isBlank()) {
            redirect.addFlashAttribute("error", "trust.error.issuer");
            return "redirect:/agency/trust";
        }
        String owner = user.agencyFor(agency == null || agency.isBlank() ? null : agency);
        TrustedIssuers.Entry entry = new TrustedIssuers.Entry(owner, issuer.strip(),
                name == null || name.isBlank() ? null : name.strip(), user.username(), clock.instant());
        trusted.add(entry);
        audit.append("ISSUER_TRUSTED", null, null, user.username(), null, List.of(), owner + " trusts " + entry.issuerId());
        redirect.addFlashAttribute("done", "trust.done.added");
        return "redirect:/agency/trust";
    }

    @PostMapping("/agency/trust/remove")
    String remove(@RequestParam String issuer, @RequestParam String agency, Authentication authentication,
                  RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        String owner = user.agencyFor(agency);
        if (trusted.remove(owner, issuer)) {
            audit.append("ISSUER_UNTRUSTED", null, null, user.username(), null, List.of(),
                    owner + " no longer trusts " + issuer);
            redirect.addFlashAttribute("done", "trust.done.removed");
        }
        return "redirect:/agency/trust";
    }
}
