package org.lerhub.mappings.pesc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;

/** A PESC {@code Organization} or {@code School} as the issuer of records. */
final class PescOrganizations {

    /**
     * The PESC organization identifiers, in the order the schema lists them, which is also the order in which
     * they make the organization's id. {@code PSID} is not PESC's: the Nova Scotia sample uses it, likely meaning
     * PSIS; it is kept under its own name rather than guessed.
     */
    static final List<String> ID_FIELDS = List.of("OPEID", "NCHELPID", "IPEDS", "ATP", "FICE", "ACT", "CCD", "PSS",
            "CEEBACT", "CSIS", "USIS", "ESIS", "PSIS", "DUNS", "MutuallyDefined", "APAS", "PSID");

    private PescOrganizations() {
    }

    /**
     * The organization, with an id built from its first identifier ({@code urn:pesc:FICE:001334}), since PESC
     * gives none of its own; null id when it has no identifier.
     */
    static Organization issuer(FieldReader organization) {
        List<Identifier> identifiers = new ArrayList<>();
        for (String type : ID_FIELDS) {
            organization.texts(type).forEach(value -> identifiers.add(Identifier.of(type, value)));
        }
        organization.nested("LocalOrganizationID").ifPresent(local -> {
            String code = local.text("LocalOrganizationIDCode");
            if (code != null) {
                identifiers.add(Identifier.issuedBy("LocalOrganizationID", code,
                        local.text("LocalOrganizationIDQualifier")));
            }
        });
        String name = organization.text("OrganizationName");
        Optional<FieldReader> contacts = organization.nested("Contacts");
        String url = contacts.flatMap(c -> c.nested("URL")).map(u -> u.text("URLAddress")).orElse(null);
        String email = contacts.flatMap(c -> c.nested("Email")).map(e -> e.text("EmailAddress")).orElse(null);
        return new Organization(id(identifiers), name, OrganizationType.ISSUER, identifiers, url, email);
    }

    private static String id(List<Identifier> identifiers) {
        if (identifiers.isEmpty()) {
            return null;
        }
        Identifier first = identifiers.get(0);
        String qualifier = first.system() == null ? "" : urn(first.system()) + ":";
        return "urn:pesc:" + first.type() + ":" + qualifier + urn(first.value());
    }

    private static String urn(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
