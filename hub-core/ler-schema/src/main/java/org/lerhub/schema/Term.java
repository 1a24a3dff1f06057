package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** An academic session: {@code code} as the source writes it (PESC {@code SessionDesignator}, e.g. 2019-09). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Term(String code, String name, String type, LocalDate start, LocalDate end) {
}
