package org.lerhub.app.api;

import org.lerhub.engine.consent.ConsentException;
import org.lerhub.engine.consent.GrantNotFoundException;
import org.lerhub.engine.ingest.DocumentTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the API as {@code application/problem+json} (RFC 9457), with a detail a person can act on. */
@RestControllerAdvice(basePackages = "org.lerhub.app.api")
class ApiProblems {

    /** Something that is not there, or not the caller's to see: the same answer for both. */
    static class NotFound extends RuntimeException {
        NotFound(String what) {
            super(what + " was not found");
        }
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ProblemDetail tooLarge(DocumentTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(GrantNotFoundException.class)
    ProblemDetail grantNotFound(GrantNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConsentException.class)
    ProblemDetail consent(ConsentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
