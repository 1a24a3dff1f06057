package org.lerhub.engine.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MigratedH2;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consent store reads a grant and its covered records with one pooled connection at a time. It read the records
 * inside the grant row's mapper, borrowing a second connection while holding the first: with as many requests as
 * connections, every request held one and waited for another until the pool gave up (a 30 s stall under load).
 */
class ConsentGrantsTest {

    private static final LearnerId LEE = LearnerId.of("lee");
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private HikariDataSource oneConnection;
    private ConsentGrants grants;

    @BeforeEach
    void setUp() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(MigratedH2.create("consent-grants"));
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);  // the pool's minimum: a second borrow fails instead of waiting 30 s
        oneConnection = new HikariDataSource(config);
        JdbcClient jdbc = JdbcClient.create(oneConnection);
        jdbc.sql("insert into learners (id, created_at) values (?, ?)").params(LEE.value(),
                Timestamp.from(NOW)).update();
        grants = new ConsentGrants(jdbc, JsonMapper.builder().build());
    }

    @AfterEach
    void tearDown() {
        oneConnection.close();
    }

    @Test
    void grantsAreReadWithTheirRecordsOnOneConnection() {
        Grant records = grant("g-records", GrantScope.RECORDS, Set.of(), Set.of(RecordId.of("r1"), RecordId.of("r2")));
        Grant kinds = grant("g-kinds", GrantScope.KINDS, Set.of(RecordKind.COURSE), Set.of());
        grants.save(records, "GRANTED");
        grants.save(kinds, "GRANTED");

        assertThat(grants.find("g-records")).contains(records);
        assertThat(grants.ofLearner(LEE)).containsExactly(kinds, records);
        assertThat(grants.activeOfLearner(LEE)).containsExactly(kinds, records);
        assertThat(grants.active(List.of(LEE), "acme").get(LEE)).containsExactly(kinds, records);
    }

    @Test
    void aNarrowedGrantCoversOnlyItsNewRecords() {
        Grant granted = grant("g", GrantScope.RECORDS, Set.of(), Set.of(RecordId.of("r1"), RecordId.of("r2")));
        grants.save(granted, "GRANTED");
        Grant narrowed = new Grant("g", LEE, "acme", GrantScope.RECORDS, Set.of(), Set.of(RecordId.of("r2")), "job",
                false, false, null, Grant.Status.ACTIVE, 2, granted.createdAt(), NOW.plusSeconds(60));
        grants.save(narrowed, "NARROWED");

        assertThat(grants.find("g")).contains(narrowed);
        assertThat(grants.history("g")).extracting(ConsentGrants.HistoryEntry::change)
                .containsExactly("GRANTED", "NARROWED");
    }

    private static Grant grant(String id, GrantScope scope, Set<RecordKind> kinds, Set<RecordId> records) {
        Instant created = NOW.plus(id.length(), ChronoUnit.SECONDS);
        return new Grant(id, LEE, "acme", scope, kinds, records, "job", false, false, null, Grant.Status.ACTIVE, 1,
                created, created);
    }
}
