package org.lerhub.engine.connector;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Connector definitions and their version history; credentials only as sealed text. */
@Repository
public class ConnectorDefinitions {

    private static final String COLUMNS = "id, agency_id, name, kind, format, settings, credentials is not null, "
            + "enabled, version, created_at, updated_at";
    private static final TypeReference<Map<String, Object>> SETTINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ConnectorDefinitions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Saves a new connector or a new version of one.
     *
     * @param sealedCredentials the encrypted credentials, or null to keep the current ones
     */
    public void save(Connector connector, String sealedCredentials, String change, String actor, boolean deleted) {
        boolean exists = jdbc.sql("select count(*) from connectors where id = ?").param(connector.id())
                .query(Integer.class).single() > 0;
        String settings = json.writeValueAsString(connector.settings());
        if (exists) {
            jdbc.sql("update connectors set name = ?, kind = ?, format = ?, settings = ?, "
                            + "credentials = coalesce(?, credentials), enabled = ?, deleted = ?, version = ?, updated_at = ? "
                            + "where id = ?")
                    .params(connector.name(), connector.kind().name(), connector.format(), settings, sealedCredentials,
                            connector.enabled(), deleted, connector.version(), Timestamp.from(connector.updatedAt()),
                            connector.id())
                    .update();
        } else {
            jdbc.sql("insert into connectors (id, agency_id, name, kind, format, settings, credentials, enabled, "
                            + "deleted, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(connector.id(), connector.agencyId(), connector.name(), connector.kind().name(),
                            connector.format(), settings, sealedCredentials, connector.enabled(), deleted,
                            connector.version(), Timestamp.from(connector.createdAt()), Timestamp.from(connector.updatedAt()))
                    .update();
        }
        jdbc.sql("insert into connector_versions (connector_id, version, change, snapshot, changed_by, changed_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(connector.id(), connector.version(), change, json.writeValueAsString(connector), actor,
                        Timestamp.from(connector.updatedAt()))
                .update();
    }

    public Optional<Connector> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from connectors where id = ? and deleted = false").param(id)
                .query(this::row).optional();
    }

    public List<Connector> ofAgency(String agencyId) {
        return jdbc.sql("select " + COLUMNS + " from connectors where agency_id = ? and deleted = false order by name")
                .param(agencyId).query(this::row).list();
    }

    public List<Connector> all() {
        return jdbc.sql("select " + COLUMNS + " from connectors where deleted = false order by agency_id, name")
                .query(this::row).list();
    }

    public Optional<String> sealedCredentials(String id) {
        return jdbc.sql("select credentials from connectors where id = ? and deleted = false").param(id)
                .query(String.class).optional();
    }

    /** One entry of a connector's history. */
    public record Version(int version, String change, String changedBy, Instant changedAt) {
    }

    public List<Version> history(String id) {
        return jdbc.sql("select version, change, changed_by, changed_at from connector_versions where connector_id = ? "
                        + "order by version")
                .param(id).query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * The settings the connector had at that instant (its latest version saved by then), whether or not it has
     * been changed or deleted since; empty when it did not exist yet.
     */
    public Optional<Map<String, Object>> settingsAsOf(String id, Instant at) {
        return jdbc.sql("select snapshot from connector_versions where connector_id = ? and changed_at <= ? "
                        + "order by version desc limit 1")
                .params(id, Timestamp.from(at)).query(String.class).optional()
                .map(snapshot -> json.convertValue(json.readTree(snapshot).path("settings"), SETTINGS));
    }

    public boolean idTaken(String id) {
        return jdbc.sql("select count(*) from connectors where id = ?").param(id).query(Integer.class).single() > 0;
    }

    private Connector row(ResultSet rs, int n) throws SQLException {
        return new Connector(rs.getString(1), rs.getString(2), rs.getString(3), ConnectorKind.valueOf(rs.getString(4)),
                rs.getString(5), json.readValue(rs.getString(6), SETTINGS), rs.getBoolean(7), rs.getBoolean(8),
                rs.getInt(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant());
    }
}
