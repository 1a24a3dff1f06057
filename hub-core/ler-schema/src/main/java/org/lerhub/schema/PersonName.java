package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A person's name in parts, plus the formatted form the source gave (if any). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PersonName(String given, List<String> middle, String family, String suffix, String formatted) {

    public PersonName {
        middle = middle == null ? List.of() : List.copyOf(middle);
    }

    public static PersonName of(String given, String family) {
        return new PersonName(given, List.of(), family, null, null);
    }

    /** The name as a person would write it. */
    public String display() {
        if (formatted != null && !formatted.isBlank()) {
            return formatted;
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts()) {
            if (part != null && !part.isBlank()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    private List<String> parts() {
        var all = new java.util.ArrayList<String>();
        all.add(given);
        all.addAll(middle);
        all.add(family);
        all.add(suffix);
        return all;
    }
}
