package org.lerhub.admin.home;

import java.util.List;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LerRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: who you are, and for a learner the records the hub holds about them. */
@Controller
class HomeController {

    private final LearnerAccounts accounts;
    private final Records records;

    HomeController(LearnerAccounts accounts, Records records) {
        this.accounts = accounts;
        this.records = records;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        HubUser user = HubUser.of(authentication);
        List<LerRecord> mine = user.is(HubRole.LEARNER)
                ? accounts.learnerOf(user).map(records::ofLearner).orElse(List.of()) : List.of();
        model.addAttribute("user", user);
        model.addAttribute("records", mine);
        return "home/home";
    }
}
