package org.lerhub.engine.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lerhub.engine.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained disclosure log. Each entry's hash covers its content and the previous
 * entry's hash, so editing or deleting any entry breaks the chain from there on, which {@link #verify}
 * finds and names.
 */
@Repository
public class DisclosureLog {

    private static final String COLUMNS = "seq, occurred_at, action, learner_id, employer_id, actor, grant_id, "
            + "record_ids, context, prev_hash, hash";

    private final JdbcClient jdbc;
    private final Clock clock;

    public DisclosureLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What to append: an action on a learner's data, by whom, under which grant. */
    public record Entry(String action, String learnerId, String employerId, String actor, String grantId,
                        List<String> recordIds, String context) {
    }

    /** Appends an entry; the head row is locked so that entries are strictly sequential across replicas. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Disclosure append(String action, String learnerId, String employerId, String actor, String grantId,
                             List<String> recordIds, String context) {
        return write(List.of(new Entry(action, learnerId, employerId, actor, grantId, recordIds, context))).get(0);
    }

    /**
     * Appends entries in their order, in one transaction: a search page discloses records of several learners, and
     * a commit per learner cost more than the search itself.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<Disclosure> appendAll(List<Entry> entries) {
        return write(entries);
    }

    private List<Disclosure> write(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Head head = jdbc.sql("select seq, hash from disclosure_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        // millisecond precision survives every database's timestamp type, so the hash can be recomputed
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Disclosure> written = new ArrayList<>();
        long seq = head.seq();
        String prevHash = head.hash();
        for (Entry e : entries) {
            seq++;
            Disclosure unhashed = new Disclosure(seq, now, e.action(), e.learnerId(), e.employerId(), e.actor(),
                    e.grantId(), e.recordIds(), e.context(), prevHash, null);
            String hash = hash(unhashed);
            jdbc.sql("insert into disclosures (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(seq, Timestamp.from(now), e.action(), e.learnerId(), e.employerId(), e.actor(),
                            e.grantId(), String.join(",", unhashed.recordIds()), e.context(), prevHash, hash)
                    .update();
            written.add(new Disclosure(seq, now, e.action(), e.learnerId(), e.employerId(), e.actor(), e.grantId(),
                    e.recordIds(), e.context(), prevHash, hash));
            prevHash = hash;
        }
        jdbc.sql("update disclosure_head set seq = ?, hash = ? where id = 1").params(seq, prevHash).update();
        return written;
    }

    private record Head(long seq, String hash) {
    }

    public List<Disclosure> ofLearner(String learnerId) {
        return jdbc.sql("select " + COLUMNS + " from disclosures where learner_id = ? order by seq")
                .param(learnerId).query(DisclosureLog::row).list();
    }

    /** The learner's next entries after entry {@code after}, in order: what is new since a client last read. */
    public List<Disclosure> ofLearnerAfter(String learnerId, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from disclosures where learner_id = ? and seq > ? order by seq limit ?")
                .params(learnerId, after, limit).query(DisclosureLog::row).list();
    }

    /** The learner's latest entries before entry {@code before} (the very latest when null), newest first. */
    public List<Disclosure> ofLearnerBefore(String learnerId, Long before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from disclosures where learner_id = ? and seq < ? order by seq desc limit ?")
                .params(learnerId, before == null ? Long.MAX_VALUE : before, limit).query(DisclosureLog::row).list();
    }

    /** The result of checking the chain: intact, or the first entry that does not fit and why. */
    public record ChainCheck(boolean intact, long entries, Long brokenAt, String problem) {
    }

    public ChainCheck verify() {
        String[] expectedPrev = {"0".repeat(64)};
        long[] expectedSeq = {1};
        ChainCheck[] broken = {null};
        jdbc.sql("select " + COLUMNS + " from disclosures order by seq").query(rs -> {
            if (broken[0] != null) {
                return;
            }
            Disclosure entry = row(rs, 0);
            if (entry.seq() != expectedSeq[0]) {
                broken[0] = new ChainCheck(false, expectedSeq[0] - 1, expectedSeq[0],
                        "entry " + expectedSeq[0] + " is missing (deleted)");
            } else if (!entry.prevHash().equals(expectedPrev[0])) {
                broken[0] = new ChainCheck(false, entry.seq() - 1, entry.seq(),
                        "entry " + entry.seq() + " does not follow the entry before it");
            } else if (!hash(entry).equals(entry.hash())) {
                broken[0] = new ChainCheck(false, entry.seq() - 1, entry.seq(),
                        "entry " + entry.seq() + " was changed after it was written");
            }
            expectedPrev[0] = entry.hash();
            expectedSeq[0]++;
        });
        if (broken[0] != null) {
            return broken[0];
        }
        Optional<Long> headSeq = jdbc.sql("select seq from disclosure_head where id = 1").query(Long.class).optional();
        long entries = expectedSeq[0] - 1;
        if (headSeq.isPresent() && headSeq.get() != entries) {
            return new ChainCheck(false, entries, entries + 1, "entries after " + entries + " are missing (deleted)");
        }
        return new ChainCheck(true, entries, null, null);
    }

    static String hash(Disclosure entry) {
        return Sha256.hex(String.join("\u001f", entry.prevHash(), Long.toString(entry.seq()),
                entry.occurredAt().toString(), entry.action(), nullable(entry.learnerId()), nullable(entry.employerId()),
                nullable(entry.actor()), nullable(entry.grantId()), String.join(",", entry.recordIds()),
                nullable(entry.context())));
    }

    private static String nullable(String value) {
        return value == null ? "\u0000" : value;
    }

    private static Disclosure row(ResultSet rs, int n) throws SQLException {
        String records = rs.getString(8);
        return new Disclosure(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7),
                records == null || records.isEmpty() ? List.of() : Arrays.asList(records.split(",")),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
