package org.lerhub.engine.consent;

/** A grant request that cannot be honoured; the message tells the learner what to change. */
public class ConsentException extends RuntimeException {

    public ConsentException(String message) {
        super(message);
    }
}
