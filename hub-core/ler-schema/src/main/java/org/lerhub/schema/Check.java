package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One verification check with a reason a person can read, e.g. why a badge is not verified. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Check(String name, Outcome outcome, String reason) {

    public enum Outcome { PASSED, FAILED, WARNING, SKIPPED }
}
