package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A learner or worker as the hub knows them, across every source that mentioned them. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Learner(LearnerId id, PersonName name, LocalDate birthDate, List<String> emails,
                      List<Identifier> identifiers) {

    public Learner {
        emails = emails == null ? List.of() : List.copyOf(emails);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
