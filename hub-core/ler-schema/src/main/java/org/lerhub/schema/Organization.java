package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An issuer, employer or agency as a source described it.
 *
 * @param id          the source's own id for it: a URL, DID or {@code urn:…}; null when the source gives none
 * @param identifiers registry identifiers: OPEID, FICE, IPEDS, ATP, CEEB, PSIS, DID, URL…
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organization(String id, String name, OrganizationType type, List<Identifier> identifiers,
                           String url, String email) {

    public Organization {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static Organization named(String name, OrganizationType type) {
        return new Organization(null, name, type, List.of(), null, null);
    }
}
