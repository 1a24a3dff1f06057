package org.lerhub.schema;

/**
 * A link from one record to another record of the same document, by the target's {@code sourceRecordId}.
 *
 * @param type as CLR 2.0 associations name them: {@code isChildOf}, {@code isParentOf}, {@code isPartOf}…
 */
public record Relation(String type, String target) {
}
