package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** An organization registered with the hub: employer, agency or issuer. */
public record OrganizationId(@JsonValue String value) {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank OrganizationId");
        }
    }

    @JsonCreator
    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
