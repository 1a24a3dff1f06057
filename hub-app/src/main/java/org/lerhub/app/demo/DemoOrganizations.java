package org.lerhub.app.demo;

import java.time.Clock;
import java.util.List;
import org.lerhub.engine.store.Organizations;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo's employers and agencies of API.md; registering them again is harmless. */
@Component
@Profile("demo")
class DemoOrganizations {

    static final List<Organizations.Registered> ORGANIZATIONS = List.of(
            new Organizations.Registered(OrganizationId.of("acme"), OrganizationType.EMPLOYER, "Acme"),
            new Organizations.Registered(OrganizationId.of("globex"), OrganizationType.EMPLOYER, "Globex"),
            new Organizations.Registered(OrganizationId.of("tn"), OrganizationType.AGENCY, "Tennessee Board of Regents"),
            new Organizations.Registered(OrganizationId.of("in"), OrganizationType.AGENCY,
                    "Indiana Commission for Higher Education"));

    private final Organizations organizations;
    private final Clock clock;

    DemoOrganizations(Organizations organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    /** @return whether this was the first start (no demo organization existed) */
    boolean register() {
        boolean first = false;
        for (Organizations.Registered organization : ORGANIZATIONS) {
            first |= organizations.register(organization, clock.instant());
        }
        return first;
    }
}
