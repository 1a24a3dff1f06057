package org.lerhub.admin.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: who you are and the tasks of your role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/home";
    }
}
