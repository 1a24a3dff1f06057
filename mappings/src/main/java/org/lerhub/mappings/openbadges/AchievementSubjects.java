package org.lerhub.mappings.openbadges;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.Subject;

/** An OB {@code AchievementSubject} as a {@link Subject}: who the credential is about, as the issuer identified them. */
final class AchievementSubjects {

    private AchievementSubjects() {
    }

    /**
     * The subject's id (a DID or URL) and its {@code identifier[]} IdentityObjects ({@code identities}). Plain email identities also
     * become emails and a plain {@code name} identity the name, so identity resolution can use them; hashed
     * ones stay hashed, with their salt, for matching against a known plain value.
     *
     * @param holder whom an enclosing document (a CLR) is about, or null: when the subject names nobody, the
     *               holder's identifiers and emails (and name, if the subject has none) stand in, since a CLR
     *               guarantees that its credentials are about its own subject
     */
    static Subject subject(TrackedObject subject, List<TrackedObject> identities, Subject holder,
                           List<String> warnings) {
        List<Identifier> identifiers = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        String name = subject.text("name"); // not in OB 3.0, but issuers (e.g. DCC) write it
        String id = subject.text("id");
        if (id != null) {
            identifiers.add(Identifier.of(id.startsWith("did:") ? "did" : "url", id));
        }
        for (TrackedObject identity : identities) {
            identity.impliedType("IdentityObject");
            if (!identity.has("identityType") || !identity.has("identityHash")) {
                continue; // kept whole as an extension
            }
            String type = identity.text("identityType");
            String value = identity.text("identityHash");
            boolean hashed = Boolean.TRUE.equals(identity.bool("hashed"));
            identifiers.add(new Identifier(type, value, null, hashed, identity.text("salt")));
            if (!hashed && "emailAddress".equals(type)) {
                emails.add(value);
            } else if (!hashed && "name".equals(type) && name == null) {
                name = value;
            }
        }
        PersonName personName = name == null ? null : new PersonName(null, List.of(), null, null, name);
        if (identifiers.isEmpty() && holder != null && !holder.identifiers().isEmpty()) {
            return new Subject(null, personName != null ? personName : holder.name(), null, holder.emails(),
                    holder.identifiers());
        }
        if (identifiers.isEmpty()) {
            warnings.add("credentialSubject has neither id nor identifier: the learner cannot be identified from it");
        }
        return new Subject(null, personName, null, emails, identifiers);
    }
}
