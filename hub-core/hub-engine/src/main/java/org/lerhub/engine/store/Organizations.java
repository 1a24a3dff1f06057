package org.lerhub.engine.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations registered with the hub: the employers learners release to and the agencies that ingest. */
@Repository
public class Organizations {

    private final JdbcClient jdbc;

    private static Registered row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Registered(OrganizationId.of(rs.getString(1)), OrganizationType.valueOf(rs.getString(2)),
                rs.getString(3));
    }

    public Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered organization. */
    public record Registered(OrganizationId id, OrganizationType type, String name) {
    }

    /** Registers the organization unless it exists; returns whether it was new. */
    public boolean register(Registered organization, Instant now) {
        if (find(organization.id()).isPresent()) {
            return false;
        }
        jdbc.sql("insert into organizations (id, type, name, created_at) values (?, ?, ?, ?)")
                .params(organization.id().value(), organization.type().name(), organization.name(), Timestamp.from(now))
                .update();
        return true;
    }

    public Optional<Registered> find(OrganizationId id) {
        return jdbc.sql("select id, type, name from organizations where id = ?").param(id.value())
                .query(Organizations::row)
                .optional();
    }

    public List<Registered> ofType(OrganizationType type) {
        return jdbc.sql("select id, type, name from organizations where type = ? order by name").param(type.name())
                .query(Organizations::row)
                .list();
    }
}
