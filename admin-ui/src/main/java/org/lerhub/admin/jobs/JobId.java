package org.lerhub.admin.jobs;

import java.util.Objects;
import java.util.UUID;

/** Names a background job in its page's address. */
public record JobId(String value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    static JobId random() {
        return new JobId(UUID.randomUUID().toString());
    }
}
