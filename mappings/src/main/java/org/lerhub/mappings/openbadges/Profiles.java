package org.lerhub.mappings.openbadges;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;

/** An OB {@code Profile} (the issuer) as an {@link Organization}. */
final class Profiles {

    private Profiles() {
    }

    /**
     * The {@code issuer} of a credential or BadgeClass: its Profile when it holds one, else a Profile with only
     * the IRI it gives; null, with the warning, when it gives neither.
     */
    static Organization issuerOf(TrackedObject owner, TrackedObject profile, List<String> warnings, String missing) {
        if (profile.isPresent()) {
            return issuer(profile);
        }
        String id = owner.text("issuer");
        if (id == null) {
            warnings.add(missing);
            return null;
        }
        return issuer(id);
    }

    /** An issuer given as a bare IRI: a Profile that says nothing but its id. */
    static Organization issuer(String id) {
        return new Organization(id, null, OrganizationType.ISSUER, didOf(id), null, null);
    }

    /** An issuer Profile; what the Organization cannot hold (address, phone, parentOrg…) stays unread. */
    static Organization issuer(TrackedObject profile) {
        profile.impliedType("Profile", "Issuer"); // Issuer is what Open Badges 2.0 calls the class
        String id = profile.text("id");
        List<Identifier> identifiers = new ArrayList<>(didOf(id));
        for (TrackedObject entry : profile.objects("otherIdentifier")) {
            entry.impliedType("IdentifierEntry");
            if (entry.has("identifierType") && entry.has("identifier")) {
                identifiers.add(Identifier.of(entry.text("identifierType"), entry.text("identifier")));
            }
        }
        return new Organization(id, profile.text("name"), OrganizationType.ISSUER, identifiers,
                profile.text("url"), profile.text("email"));
    }

    /** A DID is also an identifier, so issuers can be matched on it whether or not they are the same URL. */
    private static List<Identifier> didOf(String id) {
        return id != null && id.startsWith("did:") ? List.of(Identifier.of("did", id)) : List.of();
    }
}
