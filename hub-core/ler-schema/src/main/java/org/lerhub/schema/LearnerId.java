package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A learner (person) known to the hub. */
public record LearnerId(@JsonValue String value) {

    public LearnerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank LearnerId");
        }
    }

    @JsonCreator
    public static LearnerId of(String value) {
        return new LearnerId(value);
    }

    public static LearnerId random() {
        return new LearnerId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
