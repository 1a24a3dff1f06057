package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A skill or competency the record evidences, aligned to a framework where the source says (OB alignment). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Skill(String label, String framework, String code, String url) {

    public static Skill labelled(String label) {
        return new Skill(label, null, null, null);
    }
}
