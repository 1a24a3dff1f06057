package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What is particular to a {@link RecordKind#COURSE} record. The grade is in the record's {@link Result}.
 *
 * @param code           subject abbreviation and number as the learner sees it, e.g. {@code MATH 101}
 * @param creditUnit     semester hours, quarter hours, clock hours, units…
 * @param creditBasis    e.g. regular, transfer, advanced placement
 * @param transferSchool where the course was taken when it is transfer credit
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Course(String code, String subject, String number, Term term, BigDecimal creditsAttempted,
                     BigDecimal creditsEarned, String creditUnit, String creditBasis, String level, String cipCode,
                     String transferSchool) {
}
