package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The outcome a record reports.
 *
 * @param grade      letter or numeric grade as issued
 * @param gradeScale the scale the grade belongs to (PESC grade scale code, OB result description)
 * @param gpa        grade point average, for awards and transcripts
 * @param score      any other score or level achieved
 * @param status     completion status, e.g. {@code Completed}, {@code Awarded}, {@code InProgress}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Result(String grade, String gradeScale, BigDecimal gpa, BigDecimal creditsAttempted,
                     BigDecimal creditsEarned, BigDecimal qualityPoints, String score, String status) {
}
