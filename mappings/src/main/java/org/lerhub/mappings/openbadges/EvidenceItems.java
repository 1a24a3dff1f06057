package org.lerhub.mappings.openbadges;

import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Evidence;

/** An Open Badges {@code Evidence} object (the same fields in 2.0 and 3.0) as {@link Evidence}. */
final class EvidenceItems {

    private EvidenceItems() {
    }

    static Evidence of(TrackedObject item) {
        item.impliedType("Evidence");
        return new Evidence(item.text("id"), item.text("name"), item.text("description"), item.text("narrative"),
                item.text("genre"));
    }
}
