package org.lerhub.engine.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The consent store: every grant, its covered records and its history. */
@Repository
public class ConsentGrants {

    private static final String COLUMNS = "id, learner_id, employer_id, scope, kinds, purpose, include_earnings, "
            + "one_time, expires_at, status, version, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ConsentGrants(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Saves a new grant or a new version of one, and appends it to the history. */
    public void save(Grant grant, String change) {
        boolean exists = jdbc.sql("select count(*) from grants where id = ?").param(grant.id())
                .query(Integer.class).single() > 0;
        if (exists) {
            jdbc.sql("update grants set scope = ?, kinds = ?, purpose = ?, include_earnings = ?, one_time = ?, "
                            + "expires_at = ?, status = ?, version = ?, updated_at = ? where id = ?")
                    .params(grant.scope().name(), kinds(grant.kinds()), grant.purpose(), grant.includeEarnings(),
                            grant.oneTime(), timestamp(grant.expiresAt()), grant.status().name(), grant.version(),
                            timestamp(grant.updatedAt()), grant.id())
                    .update();
            jdbc.sql("delete from grant_records where grant_id = ?").param(grant.id()).update();
        } else {
            jdbc.sql("insert into grants (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(grant.id(), grant.learnerId().value(), grant.employerId(), grant.scope().name(),
                            kinds(grant.kinds()), grant.purpose(), grant.includeEarnings(), grant.oneTime(),
                            timestamp(grant.expiresAt()), grant.status().name(), grant.version(),
                            timestamp(grant.createdAt()), timestamp(grant.updatedAt()))
                    .update();
        }
        for (RecordId record : grant.recordIds()) {
            jdbc.sql("insert into grant_records (grant_id, record_id) values (?, ?)").params(grant.id(), record.value())
                    .update();
        }
        jdbc.sql("insert into grant_history (grant_id, version, change, snapshot, changed_at) values (?, ?, ?, ?, ?)")
                .params(grant.id(), grant.version(), change, json.writeValueAsString(grant), timestamp(grant.updatedAt()))
                .update();
    }

    public Optional<Grant> find(String id) {
        return read(jdbc.sql("select " + COLUMNS + " from grants where id = ?").param(id)).stream().findFirst();
    }

    public List<Grant> ofLearner(LearnerId learner) {
        return read(jdbc.sql("select " + COLUMNS + " from grants where learner_id = ? order by created_at, id")
                .param(learner.value()));
    }

    /** Grants that are active (possibly expired by now: the caller decides with {@link Grant#isLive}). */
    public List<Grant> activeOfLearner(LearnerId learner) {
        return read(jdbc.sql("select " + COLUMNS + " from grants where learner_id = ? and status = 'ACTIVE' order by id")
                .param(learner.value()));
    }

    public List<Grant> active(LearnerId learner, String employer) {
        return active(List.of(learner), employer).get(learner);
    }

    /** The active grants to the employer of each of the learners (an empty list for those without), in id order. */
    public Map<LearnerId, List<Grant>> active(Collection<LearnerId> learners, String employer) {
        Map<LearnerId, List<Grant>> active = new HashMap<>();
        learners.forEach(learner -> active.put(learner, new ArrayList<>()));
        if (!learners.isEmpty()) {
            read(jdbc.sql("select " + COLUMNS + " from grants where learner_id in (:learners) and employer_id = :employer "
                            + "and status = 'ACTIVE' order by id")
                    .param("learners", learners.stream().map(LearnerId::value).distinct().toList())
                    .param("employer", employer))
                    .forEach(grant -> active.get(grant.learnerId()).add(grant));
        }
        return active;
    }

    public void delete(String grantId) {
        jdbc.sql("delete from grants where id = ?").param(grantId).update();
    }

    /** One entry of a grant's history. */
    public record HistoryEntry(int version, String change, Instant changedAt) {
    }

    public List<HistoryEntry> history(String grantId) {
        return jdbc.sql("select version, change, changed_at from grant_history where grant_id = ? order by version")
                .param(grantId)
                .query((rs, n) -> new HistoryEntry(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /**
     * The grants a query selects, their covered records read after the rows in one more query: a query inside the
     * row mapper borrowed a second pooled connection while holding the first, and under load every request thread
     * held one and waited for another until the pool timed out.
     */
    private List<Grant> read(JdbcClient.StatementSpec query) {
        List<Grant> rows = query.query(ConsentGrants::row).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Set<RecordId>> records = new HashMap<>();
        jdbc.sql("select grant_id, record_id from grant_records where grant_id in (:ids)")
                .param("ids", rows.stream().map(Grant::id).distinct().toList())
                .query(rs -> {
                    records.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(RecordId.of(rs.getString(2)));
                });
        return rows.stream().map(g -> records.containsKey(g.id()) ? withRecords(g, records.get(g.id())) : g).toList();
    }

    private static Grant withRecords(Grant g, Set<RecordId> records) {
        return new Grant(g.id(), g.learnerId(), g.employerId(), g.scope(), g.kinds(), records, g.purpose(),
                g.includeEarnings(), g.oneTime(), g.expiresAt(), g.status(), g.version(), g.createdAt(), g.updatedAt());
    }

    private static Grant row(ResultSet rs, int n) throws SQLException {
        return new Grant(rs.getString(1), LearnerId.of(rs.getString(2)), rs.getString(3),
                GrantScope.valueOf(rs.getString(4)), kinds(rs.getString(5)), Set.of(), rs.getString(6),
                rs.getBoolean(7), rs.getBoolean(8), instant(rs.getTimestamp(9)), Grant.Status.valueOf(rs.getString(10)),
                rs.getInt(11), rs.getTimestamp(12).toInstant(), rs.getTimestamp(13).toInstant());
    }

    private static String kinds(Set<RecordKind> kinds) {
        return kinds.isEmpty() ? null : kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<RecordKind> kinds(String kinds) {
        return kinds == null ? Set.of()
                : Arrays.stream(kinds.split(",")).map(RecordKind::valueOf).collect(Collectors.toSet());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
