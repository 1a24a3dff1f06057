package org.lerhub.admin.agency;

import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
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

/** An agency's issuer trust list; {@link TrustedIssuers} writes every change to the audit chain. */
@Controller
class TrustListController {

    private final TrustedIssuers trusted;
    private final Organizations organizations;

    TrustListController(TrustedIssuers trusted, Organizations organizations) {
        this.trusted = trusted;
        this.organizations = organizations;
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
        trusted.trust(owner, issuer.strip(), name == null || name.isBlank() ? null : name.strip(), user.username());
        redirect.addFlashAttribute("done", "trust.done.added");
        return "redirect:/agency/trust";
    }

    @PostMapping("/agency/trust/remove")
    String remove(@RequestParam String issuer, @RequestParam String agency, Authentication authentication,
                  RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        String owner = user.agencyFor(agency);
        if (trusted.untrust(owner, issuer, user.username())) {
            redirect.addFlashAttribute("done", "trust.done.removed");
        }
        return "redirect:/agency/trust";
    }
}
