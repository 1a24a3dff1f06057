package org.lerhub.admin.jobs;

import org.lerhub.admin.site.NotFound;
import org.lerhub.engine.access.HubUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A job's progress page; {@code js/progress.js} keeps it current, and without script its link reloads it. */
@Controller
class JobsController {

    private final Jobs jobs;

    JobsController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable String id, Authentication authentication, Model model) {
        model.addAttribute("job", jobs.find(new JobId(id), HubUser.of(authentication)).orElseThrow(NotFound::new));
        return "jobs/job";
    }
}
