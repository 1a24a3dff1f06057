package org.lerhub.engine.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lerhub.schema.DocumentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dead-letter store: failed documents waiting to be fixed and replayed, or discarded. */
@Repository
public class DeadLetters {

    private static final String COLUMNS = "id, document_id, agency_id, connector_id, stage, reason, status, created_at";

    private final JdbcClient jdbc;

    public DeadLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(DeadLetter letter) {
        jdbc.sql("insert into dead_letters (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(letter.id(), letter.documentId().value(), letter.agencyId(), letter.connectorId(),
                        letter.stage(), letter.reason(), letter.status().name(), Timestamp.from(letter.createdAt()))
                .update();
    }

    public Optional<DeadLetter> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from dead_letters where id = ?").param(id).query(DeadLetters::row)
                .optional();
    }

    /** Open dead letters, of one agency or (agency null) of all. */
    public List<DeadLetter> open(String agencyId, int limit) {
        if (agencyId == null) {
            return jdbc.sql("select " + COLUMNS + " from dead_letters where status = 'OPEN' order by created_at desc limit ?")
                    .param(limit).query(DeadLetters::row).list();
        }
        return jdbc.sql("select " + COLUMNS + " from dead_letters where status = 'OPEN' and agency_id = ? "
                        + "order by created_at desc limit ?")
                .params(agencyId, limit).query(DeadLetters::row).list();
    }

    /** Closes a dead letter as replayed (naming the document that replaced it, if any) or discarded. */
    public void close(String id, DeadLetter.Status status, String actor, Instant at, String replayedAs) {
        jdbc.sql("update dead_letters set status = ?, resolved_by = ?, resolved_at = ?, replayed_as = ? where id = ?")
                .params(status.name(), actor, Timestamp.from(at), replayedAs, id).update();
    }

    public Optional<DeadLetter> latestOfConnector(String connectorId) {
        return jdbc.sql("select " + COLUMNS + " from dead_letters where connector_id = ? order by created_at desc limit 1")
                .param(connectorId).query(DeadLetters::row).optional();
    }

    public Optional<DeadLetter> latestFor(DocumentId document) {
        // not query(..).stream(): an unclosed result stream keeps its pooled connection for good
        return jdbc.sql("select " + COLUMNS + " from dead_letters where document_id = ? order by created_at desc limit 1")
                .param(document.value()).query(DeadLetters::row).optional();
    }

    private static DeadLetter row(ResultSet rs, int n) throws SQLException {
        return new DeadLetter(rs.getString(1), DocumentId.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), DeadLetter.Status.valueOf(rs.getString(7)),
                rs.getTimestamp(8).toInstant());
    }
}
