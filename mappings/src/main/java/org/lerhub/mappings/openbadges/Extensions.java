package org.lerhub.mappings.openbadges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lerhub.mappings.json.TrackedObject;

/**
 * The extensions of one record: every Open Badges field that found no slot in the shared schema, keyed by its
 * OB name.
 *
 * <p>The credential, its subject and its achievement are flattened into one map, credential first. A name the
 * credential uses as well ({@code id}, {@code name}, {@code image}…), or one already taken, gets the prefix of
 * the object it comes from ({@code achievement.id}), so no field hides another.
 */
final class Extensions {

    /** The prefix of the credential's own fields: none. */
    static final String CREDENTIAL = "";

    /** Names the credential itself uses, so the subject's and the achievement's copies of them need a prefix. */
    private static final Set<String> CREDENTIAL_NAMES =
            Set.of("id", "type", "name", "description", "image", "endorsement", "endorsementJwt");

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** The fields of an object nobody read. */
    void keepUnread(TrackedObject object, String prefix) {
        object.unread().forEach((name, value) -> keep(name, value, prefix));
    }

    /** An object the schema holds only in part (an issuer with an address), kept whole. */
    void keepIfPartial(String name, TrackedObject object, String prefix) {
        if (object.isPresent() && !object.fullyRead()) {
            keep(name, object.whole(), prefix);
        }
    }

    /** The items of an array the schema holds only in part, each kept whole; fully mapped items are left out. */
    void keepPartial(String name, List<TrackedObject> items, String prefix) {
        List<Object> partial = items.stream().filter(item -> !item.fullyRead()).map(TrackedObject::whole).toList();
        if (!partial.isEmpty()) {
            keep(name, partial, prefix);
        }
    }

    Map<String, Object> asMap() {
        return values;
    }

    private void keep(String name, Object value, String prefix) {
        boolean prefixed = !prefix.isEmpty() && (CREDENTIAL_NAMES.contains(name) || values.containsKey(name));
        values.put(prefixed ? prefix + name : name, value);
    }
}
