package org.lerhub.mappings.openbadges;

import java.util.List;
import java.util.regex.Pattern;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.Subject;

/** An Open Badges 2.0 {@code recipient} (an IdentityObject) as a {@link Subject}. */
final class Recipients {

    /** How OB 2.0 writes a hashed identity: the algorithm, a dollar sign and the hex digest. */
    private static final Pattern HASHED = Pattern.compile("(?i)(sha256|md5)\\$[0-9a-f]+");

    private Recipients() {
    }

    /**
     * The identity as an identifier of its {@code type} ({@code email}, {@code url}, {@code telephone},
     * {@code id}; here {@code type} names the kind of identity, not a JSON-LD class). A hashed one stays hashed
     * ({@code sha256$<hex>} with its salt), for matching against a known plain value; a plain email is also an
     * email, so identity resolution can use it directly.
     */
    static Subject subject(TrackedObject recipient, List<String> warnings) {
        String type = recipient.text("type");
        String identity = recipient.text("identity");
        if (identity == null) {
            warnings.add("recipient has no identity: the learner cannot be identified from it");
            return null;
        }
        Boolean declared = recipient.bool("hashed");
        // hashed is required, but an issuer that leaves it out still writes a hash in the OB form
        boolean hashed = declared != null ? declared : HASHED.matcher(identity).matches();
        Identifier identifier = new Identifier(type, identity, null, hashed, recipient.text("salt"));
        List<String> emails = !hashed && "email".equals(type) ? List.of(identity) : List.of();
        return new Subject(null, null, null, emails, List.of(identifier));
    }
}
