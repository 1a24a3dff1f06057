package org.lerhub.app.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.ConnectorRequest;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.store.Organizations;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo's employers and agencies of API.md, and a file-drop connector per agency; registering again is harmless. */
@Component
@Profile({"demo", "demo-data"})
class DemoOrganizations {

    static final List<Organizations.Registered> ORGANIZATIONS = List.of(
            new Organizations.Registered(OrganizationId.of("acme"), OrganizationType.EMPLOYER, "Acme"),
            new Organizations.Registered(OrganizationId.of("globex"), OrganizationType.EMPLOYER, "Globex"),
            new Organizations.Registered(OrganizationId.of("tn"), OrganizationType.AGENCY, "Tennessee Board of Regents"),
            new Organizations.Registered(OrganizationId.of("in"), OrganizationType.AGENCY,
                    "Indiana Commission for Higher Education"));

    /** A demo connector and the agency that owns it. */
    record DemoConnector(String agency, ConnectorRequest request) {
    }

    /** The demo's file-drop connectors, one per agency; the demo data arrives as if through them. */
    static final List<DemoConnector> CONNECTORS = List.of(
            new DemoConnector("tn", new ConnectorRequest("tn-demo", "Tennessee demo file drop", ConnectorKind.FILE_DROP,
                    null, Map.of(), null, true)),
            new DemoConnector("in", new ConnectorRequest("in-demo", "Indiana demo file drop", ConnectorKind.FILE_DROP,
                    null, Map.of(), null, true)));

    private final Organizations organizations;
    private final Connectors connectors;
    private final Clock clock;

    DemoOrganizations(Organizations organizations, Connectors connectors, Clock clock) {
        this.organizations = organizations;
        this.connectors = connectors;
        this.clock = clock;
    }

    /** @return whether this was the first start (no demo organization existed) */
    boolean register() {
        boolean first = false;
        for (Organizations.Registered organization : ORGANIZATIONS) {
            first |= organizations.register(organization, clock.instant());
        }
        for (DemoConnector connector : CONNECTORS) {
            if (connectors.find(connector.request().id()).isEmpty()) {
                connectors.create(connector.agency(), connector.request(), "demo");
            }
        }
        return first;
    }
}
