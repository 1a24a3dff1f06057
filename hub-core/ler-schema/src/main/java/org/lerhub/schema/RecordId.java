package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** One LER record held by the hub. */
public record RecordId(@JsonValue String value) {

    public RecordId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank RecordId");
        }
    }

    @JsonCreator
    public static RecordId of(String value) {
        return new RecordId(value);
    }

    public static RecordId random() {
        return new RecordId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
