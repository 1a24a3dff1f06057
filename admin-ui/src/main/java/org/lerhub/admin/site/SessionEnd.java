package org.lerhub.admin.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;

/**
 * Ends a person's session when the hub itself decides to (after erasing their data), then sends the browser to a
 * page of the hub. Under single sign-on the provider's session must end too, or the next visit signs them straight
 * back in; without it, ending the hub's session is all there is.
 */
public interface SessionEnd {

    default void end(HttpServletRequest request, HttpServletResponse response, Authentication ended, String hubPath)
            throws IOException {
        response.sendRedirect(request.getContextPath() + hubPath);
    }
}
