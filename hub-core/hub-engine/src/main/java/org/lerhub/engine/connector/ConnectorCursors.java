package org.lerhub.engine.connector;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each polling connector got to, kept in the database so restarts and other replicas go on from there. */
@Repository
public class ConnectorCursors {

    private final JdbcClient jdbc;

    public ConnectorCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String connectorId) {
        return jdbc.sql("select cursor_value from connector_cursors where connector_id = ?").param(connectorId)
                .query(String.class).optional();
    }

    public void set(String connectorId, String cursor, Instant at) {
        int updated = jdbc.sql("update connector_cursors set cursor_value = ?, updated_at = ? where connector_id = ?")
                .params(cursor, Timestamp.from(at), connectorId).update();
        if (updated == 0) {
            jdbc.sql("insert into connector_cursors (connector_id, cursor_value, updated_at) values (?, ?, ?)")
                    .params(connectorId, cursor, Timestamp.from(at)).update();
        }
    }
}
