package org.lerhub.engine.ingest;

/** The stages of the pipeline, in order; a dead letter names the one that failed. */
public enum IngestStage {
    DETECT,
    MAP,
    VERIFY,
    IDENTIFY,
    STORE,
    INDEX
}
