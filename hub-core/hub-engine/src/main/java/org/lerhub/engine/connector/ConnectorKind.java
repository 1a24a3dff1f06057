package org.lerhub.engine.connector;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a connector's documents reach the hub. */
public enum ConnectorKind {
    FILE_DROP("file-drop"),
    SFTP("sftp"),
    HTTP_PULL("http-pull"),
    WEBHOOK("webhook"),
    UPLOAD("upload");

    private final String id;

    ConnectorKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static ConnectorKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown connector kind '" + id + "'; use file-drop, sftp, http-pull, "
                        + "webhook or upload"));
    }

    /** Whether the hub polls the source on a schedule (one replica at a time once clustered). */
    public boolean polls() {
        return this == FILE_DROP || this == SFTP || this == HTTP_PULL;
    }
}
