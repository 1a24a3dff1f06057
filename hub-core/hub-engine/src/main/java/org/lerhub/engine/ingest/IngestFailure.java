package org.lerhub.engine.ingest;

/** A document could not pass a stage; becomes a dead letter with this stage and message. */
class IngestFailure extends RuntimeException {

    private final IngestStage stage;

    IngestFailure(IngestStage stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    IngestStage stage() {
        return stage;
    }
}
