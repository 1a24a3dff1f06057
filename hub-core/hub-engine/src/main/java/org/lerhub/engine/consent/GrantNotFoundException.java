package org.lerhub.engine.consent;

/** No grant of this learner has that id; to others, a grant does not exist. */
public class GrantNotFoundException extends ConsentException {

    public GrantNotFoundException(String grantId) {
        super("you have no grant " + grantId);
    }
}
