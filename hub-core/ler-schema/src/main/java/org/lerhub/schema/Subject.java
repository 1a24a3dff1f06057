package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * Whom a record is about: the learner the hub resolved, plus what the source itself said about them.
 *
 * @param learnerId   set by identity resolution, never by a mapper
 * @param identifiers the source's own identifiers (student ids, emails, possibly hashed, DIDs)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Subject(LearnerId learnerId, PersonName name, LocalDate birthDate, List<String> emails,
                      List<Identifier> identifiers) {

    public Subject {
        emails = emails == null ? List.of() : List.copyOf(emails);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public Subject withLearner(LearnerId learner) {
        return new Subject(learner, name, birthDate, emails, identifiers);
    }
}
