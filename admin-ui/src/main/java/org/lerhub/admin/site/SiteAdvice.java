package org.lerhub.admin.site;

import jakarta.servlet.http.HttpServletRequest;
import org.lerhub.engine.access.HubUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every page of the admin UI needs: who is signed in (for the navigation) and where the page is. */
@ControllerAdvice(basePackages = "org.lerhub.admin")
class SiteAdvice {

    @ModelAttribute("user")
    HubUser user(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : HubUser.of(authentication);
    }

    /** The request path, so the navigation can mark the current page ({@code aria-current}). */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "site/not-found";
    }
}
