package org.lerhub.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Refusals made before a controller runs, as RFC 9457 problems like every other API error; they name nothing. */
final class SecurityProblems {

    static final String UNAUTHORIZED = "Sign in to use the API (HTTP Basic or a bearer token).";
    static final String FORBIDDEN = "Your role may not do this.";

    private SecurityProblems() {
    }

    /** Writes the problem; {@code detail} is a fixed sentence of ours, never input, so it needs no escaping. */
    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
