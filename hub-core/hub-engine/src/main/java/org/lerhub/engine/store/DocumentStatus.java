package org.lerhub.engine.store;

/** Where an inbound document stands. Every document ends STORED or DEAD_LETTER; RECEIVED is in flight. */
public enum DocumentStatus {
    RECEIVED,
    STORED,
    DEAD_LETTER
}
