package org.lerhub.engine.trust;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.lerhub.engine.audit.DisclosureLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each agency's issuer trust list: the issuers (by their id as credentials state it: a DID or URL) whose
 * records the agency vouches for. Verification proves who signed; the trust list says whether that signer counts.
 * Every change is written to the audit chain, whichever door (API, admin UI) it came through.
 */
@Repository
public class TrustedIssuers {

    private final JdbcClient jdbc;
    private final DisclosureLog audit;
    private final Clock clock;

    public TrustedIssuers(JdbcClient jdbc, DisclosureLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One entry of a trust list. */
    public record Entry(String agencyId, String issuerId, String name, String addedBy, Instant addedAt) {
    }

    /** Trusts an issuer for an agency (again, if it was already trusted); {@code actor} is who asked. */
    public Entry trust(String agencyId, String issuerId, String name, String actor) {
        Entry entry = new Entry(agencyId, issuerId, name, actor, clock.instant());
        if (!contains(agencyId, issuerId)) {
            jdbc.sql("insert into trusted_issuers (agency_id, issuer_id, name, added_by, added_at) values (?, ?, ?, ?, ?)")
                    .params(agencyId, issuerId, name, actor, Timestamp.from(entry.addedAt()))
                    .update();
        }
        audit.append("ISSUER_TRUSTED", null, null, actor, null, List.of(), agencyId + " trusts " + issuerId);
        return entry;
    }

    /** Stops trusting an issuer; false when the agency did not trust it. */
    public boolean untrust(String agencyId, String issuerId, String actor) {
        boolean removed = jdbc.sql("delete from trusted_issuers where agency_id = ? and issuer_id = ?")
                .params(agencyId, issuerId).update() > 0;
        if (removed) {
            audit.append("ISSUER_UNTRUSTED", null, null, actor, null, List.of(), agencyId + " no longer trusts " + issuerId);
        }
        return removed;
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
