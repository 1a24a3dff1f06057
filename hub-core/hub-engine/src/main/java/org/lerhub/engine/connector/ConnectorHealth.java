package org.lerhub.engine.connector;

import java.util.List;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.springframework.stereotype.Component;

/** Whether a connector keeps failing: its last few documents all became dead letters. */
@Component
public class ConnectorHealth {

    /** How many failures in a row make a source "failing" rather than one bad file. */
    public static final int FAILING_STREAK = 5;

    private final Documents documents;

    public ConnectorHealth(Documents documents) {
        this.documents = documents;
    }

    public boolean failing(String connectorId) {
        List<DocumentStatus> recent = documents.recentStatuses(connectorId, FAILING_STREAK);
        return recent.size() == FAILING_STREAK && recent.stream().allMatch(s -> s == DocumentStatus.DEAD_LETTER);
    }
}
