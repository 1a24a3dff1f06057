package org.lerhub.engine.access;

import java.util.Optional;
import org.lerhub.engine.store.Learners;
import org.lerhub.schema.LearnerId;
import org.springframework.stereotype.Component;

/** Links a signed-in learner to the learner the hub knows, by the verified email of their account. */
@Component
public class LearnerAccounts {

    private final Learners learners;

    public LearnerAccounts(Learners learners) {
        this.learners = learners;
    }

    public Optional<LearnerId> learnerOf(HubUser user) {
        if (!user.is(HubRole.LEARNER) || user.email() == null) {
            return Optional.empty();
        }
        return learners.byEmail(user.email());
    }
}
