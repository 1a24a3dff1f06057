package org.lerhub.demo;

import java.time.LocalDate;

/**
 * A demo learner as the generated documents describe them. The hub links documents to a learner by
 * {@code email}, which is unique across one generator's learners.
 *
 * @param index    position in the generator's sequence: 0 and 1 are Alice and Bob
 * @param agencyId the demo agency of the learner's college ({@code tn} or {@code in}), which sends all their
 *                 documents
 */
public record DemoLearner(int index, String givenName, String familyName, String email, LocalDate birthDate,
                          String agencyId, String college, String program) {
}
