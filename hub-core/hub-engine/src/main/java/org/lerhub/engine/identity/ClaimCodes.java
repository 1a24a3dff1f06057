package org.lerhub.engine.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.lerhub.schema.DocumentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time claim codes, stored as hashes: the code itself exists only on the agency's letter to the learner. */
@Repository
public class ClaimCodes {

    private final JdbcClient jdbc;

    public ClaimCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String codeHash, DocumentId document, String agencyId, Instant expiresAt) {
        jdbc.sql("insert into claim_codes (code_hash, document_id, agency_id, expires_at) values (?, ?, ?, ?)")
                .params(codeHash, document.value(), agencyId, Timestamp.from(expiresAt)).update();
    }

    /** Marks an unused, unexpired code used; returns its document, or empty when the code cannot be used. */
    public Optional<DocumentId> use(String codeHash, String learnerId, Instant now) {
        int updated = jdbc.sql("update claim_codes set used_at = ?, used_by = ? "
                        + "where code_hash = ? and used_at is null and expires_at > ?")
                .params(Timestamp.from(now), learnerId, codeHash, Timestamp.from(now)).update();
        if (updated == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select document_id from claim_codes where code_hash = ?").param(codeHash)
                .query((rs, n) -> DocumentId.of(rs.getString(1))).optional();
    }
}
