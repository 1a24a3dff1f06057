package org.lerhub.mappings.jsonresume;

import java.util.List;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;

/** The organizations a JSON Resume names: by name and, where it gives one, web address. */
final class Organizations {

    private Organizations() {
    }

    /** Null when the résumé gives neither name nor address. */
    static Organization of(String name, String url, OrganizationType type) {
        return name == null && url == null ? null : new Organization(null, name, type, List.of(), url, null);
    }
}
