package org.lerhub.engine.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.RecordId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity review queue: records waiting for an admin to say whose they are. */
@Repository
public class IdentityReviews {

    private static final String COLUMNS = "id, document_id, agency_id, record_ids, reason, candidates, status, created_at, "
            + "resolved_at, resolved_by, learner_id";

    private final JdbcClient jdbc;

    public IdentityReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One item of the queue; {@code learnerId} is set once resolved. */
    public record Review(String id, DocumentId documentId, String agencyId, List<RecordId> recordIds, String reason,
                         List<LearnerId> candidates, String status, Instant createdAt, Instant resolvedAt,
                         String resolvedBy, LearnerId learnerId) {
    }

    public void open(Review review) {
        jdbc.sql("insert into identity_reviews (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(review.id(), review.documentId().value(), review.agencyId(),
                        String.join(",", review.recordIds().stream().map(RecordId::value).toList()), review.reason(),
                        String.join(",", review.candidates().stream().map(LearnerId::value).toList()), "OPEN",
                        Timestamp.from(review.createdAt()), null, null, null)
                .update();
    }

    public List<Review> open() {
        return jdbc.sql("select " + COLUMNS + " from identity_reviews where status = 'OPEN' order by created_at")
                .query(IdentityReviews::row).list();
    }

    public Optional<Review> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from identity_reviews where id = ?").param(id)
                .query(IdentityReviews::row).optional();
    }

    public void resolved(String id, LearnerId learner, String actor, Instant at) {
        jdbc.sql("update identity_reviews set status = 'RESOLVED', learner_id = ?, resolved_by = ?, resolved_at = ? "
                        + "where id = ?")
                .params(learner.value(), actor, Timestamp.from(at), id).update();
    }

    private static Review row(ResultSet rs, int n) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp(9);
        String learner = rs.getString(11);
        return new Review(rs.getString(1), DocumentId.of(rs.getString(2)), rs.getString(3),
                split(rs.getString(4)).stream().map(RecordId::of).toList(), rs.getString(5),
                split(rs.getString(6)).stream().map(LearnerId::of).toList(), rs.getString(7),
                rs.getTimestamp(8).toInstant(), resolvedAt == null ? null : resolvedAt.toInstant(), rs.getString(10),
                learner == null ? null : LearnerId.of(learner));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
