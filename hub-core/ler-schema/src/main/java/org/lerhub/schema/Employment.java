package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** What is particular to an {@link RecordKind#EMPLOYMENT} record; the position is the record's title. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Employment(Organization employer, String position, LocalDate start, LocalDate end, boolean current,
                         String location, String relationship, List<Earnings> earnings) {

    public Employment {
        earnings = earnings == null ? List.of() : List.copyOf(earnings);
    }
}
