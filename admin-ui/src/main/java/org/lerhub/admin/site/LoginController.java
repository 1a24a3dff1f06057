package org.lerhub.admin.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (Spring Security's form login checks the credentials posted back to {@code /login}), and the page
 * a learner lands on, signed out, after erasing their data, whichever way they signed in.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "site/login";
    }

    @GetMapping("/erased")
    String erased() {
        return "site/erased";
    }
}
