package org.lerhub.admin.agency;

import java.util.List;
import org.lerhub.admin.site.NotFound;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.deadletter.DeadLetterDesk;
import org.lerhub.engine.store.DeadLetter;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.schema.DocumentId;
import org.springframework.stereotype.Component;

/**
 * What an agency admin may see: their own agency's connectors, documents and dead letters (a hub admin: all).
 * Anything else is {@link NotFound}, as if it did not exist.
 */
@Component
class AgencyAccess {

    private final Connectors connectors;
    private final Documents documents;
    private final DeadLetterDesk desk;

    AgencyAccess(Connectors connectors, Documents documents, DeadLetterDesk desk) {
        this.connectors = connectors;
        this.documents = documents;
        this.desk = desk;
    }

    List<Connector> connectors(HubUser user) {
        return user.is(HubRole.HUB_ADMIN) ? connectors.all() : connectors.ofAgency(user.organizationId());
    }

    Connector connector(HubUser user, String id) {
        return connectors.find(id).filter(c -> user.actsForAgency(c.agencyId())).orElseThrow(NotFound::new);
    }

    StoredDocument document(HubUser user, String id) {
        return documents.find(DocumentId.of(id)).filter(d -> user.actsForAgency(d.agencyId())).orElseThrow(NotFound::new);
    }

    DeadLetter deadLetter(HubUser user, String id) {
        return desk.find(id).filter(d -> user.actsForAgency(d.agencyId())).orElseThrow(NotFound::new);
    }

    /** The agency whose open dead letters the user works on; null for all (a hub admin). */
    static String agencyOf(HubUser user) {
        return user.is(HubRole.HUB_ADMIN) ? null : user.organizationId();
    }
}
