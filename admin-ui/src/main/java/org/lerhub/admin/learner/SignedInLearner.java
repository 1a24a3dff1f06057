package org.lerhub.admin.learner;

import org.lerhub.admin.site.NotFound;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.schema.LearnerId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The learner the signed-in account is, for the learner's pages. */
@Component
class SignedInLearner {

    private final LearnerAccounts accounts;

    SignedInLearner(LearnerAccounts accounts) {
        this.accounts = accounts;
    }

    /** @throws NotFound when the hub holds nothing about this account yet */
    LearnerId of(Authentication authentication) {
        return accounts.learnerOf(HubUser.of(authentication)).orElseThrow(NotFound::new);
    }
}
