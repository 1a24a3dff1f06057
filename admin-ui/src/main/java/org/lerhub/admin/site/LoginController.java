package org.lerhub.admin.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login checks the credentials posted back to {@code /login}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "site/login";
    }
}
