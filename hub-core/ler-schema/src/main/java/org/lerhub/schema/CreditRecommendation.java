package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What a course, training or military rank is worth in college credit (ACE-style recommendations).
 *
 * @param level  e.g. lower-division baccalaureate, upper-division, graduate, vocational certificate
 * @param source who made the recommendation, e.g. ACE
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CreditRecommendation(BigDecimal credits, String level, String subject, String source) {
}
