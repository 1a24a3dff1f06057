package org.lerhub.engine.trust;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each agency's issuer trust list: the issuers (by their id as credentials state it: a DID or URL) whose
 * records the agency vouches for. Verification proves who signed; the trust list says whether that signer counts.
 */
@Repository
public class TrustedIssuers {

    private final JdbcClient jdbc;

    public TrustedIssuers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry of a trust list. */
    public record Entry(String agencyId, String issuerId, String name, String addedBy, Instant addedAt) {
    }

    public void add(Entry entry) {
        if (!contains(entry.agencyId(), entry.issuerId())) {
            jdbc.sql("insert into trusted_issuers (agency_id, issuer_id, name, added_by, added_at) values (?, ?, ?, ?, ?)")
                    .params(entry.agencyId(), entry.issuerId(), entry.name(), entry.addedBy(),
                            Timestamp.from(entry.addedAt()))
                    .update();
        }
    }

    public boolean remove(String agencyId, String issuerId) {
        return jdbc.sql("delete from trusted_issuers where agency_id = ? and issuer_id = ?").params(agencyId, issuerId)
                .update() > 0;
    }

    public boolean contains(String agencyId, String issuerId) {
        return issuerId != null && jdbc.sql("select count(*) from trusted_issuers where agency_id = ? and issuer_id = ?")
                .params(agencyId, issuerId).query(Integer.class).single() > 0;
    }

    /** The list of one agency, or of all agencies when {@code agencyId} is null. */
    public List<Entry> of(String agencyId) {
        String where = agencyId == null ? "" : " where agency_id = ?";
        var query = jdbc.sql("select agency_id, issuer_id, name, added_by, added_at from trusted_issuers" + where
                + " order by agency_id, issuer_id");
        if (agencyId != null) {
            query = query.param(agencyId);
        }
        return query.query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant())).list();
    }
}
