package org.lerhub.engine.access;

import java.time.Clock;
import java.util.Optional;
import org.lerhub.engine.store.Learners;
import org.lerhub.schema.LearnerId;
import org.springframework.stereotype.Component;

/** Links a signed-in learner to the learner the hub knows, by the verified email of their account. */
@Component
public class LearnerAccounts {

    private final Learners learners;
    private final Clock clock;

    public LearnerAccounts(Learners learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    /** The signed-in learner's learner, created (with the account's email) if the hub has no record of them yet. */
    public LearnerId enrol(HubUser user) {
        return learnerOf(user).orElseGet(() -> {
            if (!user.is(HubRole.LEARNER) || user.email() == null) {
                throw new IllegalArgumentException("only a learner account with an email can hold records");
            }
            LearnerId learner = learners.create(null, null, clock.instant());
            learners.addEmail(learner, user.email());
            return learner;
        });
    }

    public Optional<LearnerId> learnerOf(HubUser user) {
        if (!user.is(HubRole.LEARNER) || user.email() == null) {
            return Optional.empty();
        }
        return learners.byEmail(user.email());
    }
}
