package org.lerhub.engine.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A search over the index. Every filter is applied inside the index query, so totals, facets and pages
 * count only matching records.
 *
 * @param text         full text over titles, descriptions, skills and issuers; blank means everything
 * @param learnerIds   restrict to these learners; null means no restriction
 * @param excludedVerifications records in these verification states never match
 * @param employer     when set, only records released to this employer by a grant live at {@code now} match,
 *                     and of records released as a skills summary only titles and skills are searched
 */
public record SearchQuery(String text, String kind, String skill, String issuer, String verification,
                          LocalDate from, LocalDate to, Set<String> learnerIds, Set<String> excludedVerifications,
                          String employer, Instant now, Order order, int page, int size) {

    /** How hits are ordered: by relevance, or by the record's date. */
    public enum Order { RELEVANCE, NEWEST, OLDEST }

    public static final int MAX_SIZE = 100;

    public SearchQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        excludedVerifications = excludedVerifications == null ? Set.of() : Set.copyOf(excludedVerifications);
        order = order == null ? Order.RELEVANCE : order;
        learnerIds = learnerIds == null ? null : Set.copyOf(learnerIds);
        if (employer != null && now == null) {
            throw new IllegalArgumentException("an employer's search needs the time grants are checked at");
        }
    }

    /** Whether the query filters on fields a skills summary does not release. */
    public boolean filtersBeyondSummary() {
        return notBlank(issuer) || notBlank(verification) || from != null || to != null;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, Set.of(), null, null, Order.RELEVANCE, 0, 20);
    }
}
