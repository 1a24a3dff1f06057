package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Something that supports the record: a portfolio link, a narrative, an assessment. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Evidence(String id, String name, String description, String narrative, String genre) {
}
