package org.lerhub.engine.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total and facet counts of everything that matched.
 *
 * @param facets counts per value for {@code kind}, {@code skill}, {@code issuer} and {@code verification}
 */
public record SearchPage(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /** A hit: the record id and the fragments of its text that matched. */
    public record Hit(String recordId, float score, List<String> highlights) {
    }
}
