package org.lerhub.mappings.hropen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.Result;

/** Readers for what LER-RS entries have in common: descriptions, organizations, statuses. */
final class Entries {

    private static final String DNS_PREFIX = "dns:";

    private Entries() {
    }

    /** The lines of a text-list field ({@code descriptions}, {@code comments}) as one text, one line each. */
    static String text(TrackedObject entry, String field) {
        List<String> lines = entry.texts(field);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /**
     * An employer, issuing authority or institution: its {@code name}, else its {@code tradeName}, and its web
     * address from {@code domainName} ({@code dns:example.com} → {@code https://example.com}). Null when absent.
     */
    static Organization organization(TrackedObject organization, OrganizationType type) {
        if (!organization.isPresent()) {
            return null;
        }
        String name = organization.text("name");
        if (name == null) {
            name = organization.text("tradeName");
        }
        return new Organization(null, name, type, List.of(), url(organization), null);
    }

    /** A status ({@code Active}, {@code Granted}, {@code In Progress}…) as the record's result. */
    static Result status(String status) {
        return status == null ? null : new Result(null, null, null, null, null, null, null, status);
    }


    /**
     * An object the schema holds only in part (an employer with a description), whole, to be kept under its name;
     * null when it is absent or was read completely.
     */
    static Object partial(TrackedObject object) {
        return object.isPresent() && !object.fullyRead() ? object.whole() : null;
    }

    /** The fields of an entry nobody read, and one part of it ({@code organization}…) whole when read only in part. */
    static Map<String, Object> leftovers(TrackedObject entry, String partName, TrackedObject part) {
        Map<String, Object> rest = new LinkedHashMap<>(entry.unread());
        Object partial = partial(part);
        if (partial != null) {
            rest.put(partName, partial);
        }
        return rest;
    }

    /** A domain name that is a plain host name, as a URL; anything else stays unread and so is kept as written. */
    private static String url(TrackedObject organization) {
        String domain = JsonFields.text(organization.peek("domainName"));
        if (domain == null) {
            return null;
        }
        String host = domain.startsWith(DNS_PREFIX) ? domain.substring(DNS_PREFIX.length()) : domain;
        if (!host.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
            return null;
        }
        organization.text("domainName");
        return "https://" + host;
    }
}
