package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Pay for a period, as state wage records and HR exports carry it. Sensitive: consent scopes can leave it out.
 *
 * @param basis how the amount is counted: {@code ANNUAL}, {@code HOURLY}, {@code QUARTER_TOTAL}…
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Earnings(BigDecimal amount, String currency, String basis, LocalDate periodStart,
                       LocalDate periodEnd) {
}
