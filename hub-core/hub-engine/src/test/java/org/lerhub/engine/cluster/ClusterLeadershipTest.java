package org.lerhub.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.PostgresSchema;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Leader election over a real PostgreSQL, in a schema of its own: replicas as objects sharing one lease table. */
class ClusterLeadershipTest {

    private static final String SCHEMA = PostgresSchema.newName("ler_lease");
    private static final ClusterProperties SETTINGS = new ClusterProperties(true, "", Duration.ofSeconds(2),
            Duration.ofMillis(200));
    private static JdbcClient jdbc;

    private final List<Replica> replicas = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void schema() throws SQLException {
        jdbc = JdbcClient.create(PostgresSchema.migrated(SCHEMA));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresSchema.drop(SCHEMA);
    }

    @BeforeEach
    @AfterEach
    void freeTheLease() {
        replicas.forEach(replica -> replica.leadership.stop());
        jdbc.sql("delete from cluster_leases").update();
    }

    @Test
    void theFirstReplicaLeadsAndTheSecondFollows() {
        Replica first = start("first");
        Replica second = start("second");

        assertThat(first.leadership.isLeader()).isTrue();
        assertThat(first.events).containsExactly(new LeadershipChanged(true, "first"));
        assertThat(second.leadership.isLeader()).isFalse();
        assertThat(second.events).isEmpty();
        // renewals keep the lease with the first
        Timestamp expiry = expiry();
        await().atMost(Duration.ofSeconds(30)).until(() -> expiry().after(expiry));
        assertThat(first.leadership.isLeader()).isTrue();
        assertThat(second.leadership.isLeader()).isFalse();
        assertThat(holder()).isEqualTo("first");
    }

    @Test
    void aGracefulStopHandsOverAtOnce() {
        Replica first = start("first");
        Replica second = start("second");

        first.leadership.stop();

        assertThat(first.events).containsExactly(new LeadershipChanged(true, "first"),
                new LeadershipChanged(false, "first"));
        assertThat(first.leadership.isLeader()).isFalse();
        // the released lease is free before it would have expired
        await().atMost(Duration.ofSeconds(30)).until(second.leadership::isLeader);
        assertThat(second.events).containsExactly(new LeadershipChanged(true, "second"));
        assertThat(holder()).isEqualTo("second");
    }

    @Test
    void aLeaseNobodyRenewsIsTakenOverOnceItExpired() {
        // what a replica killed with SIGKILL leaves behind: its lease, still valid for a while
        Instant now = jdbc.sql("select current_timestamp").query(Timestamp.class).single().toInstant();
        jdbc.sql("insert into cluster_leases (name, holder, expires_at) values (?, ?, ?)")
                .params(ClusterLeadership.LEASE, "killed", Timestamp.from(now.plusSeconds(1))).update();

        Replica survivor = start("survivor");
        assertThat(survivor.leadership.isLeader()).as("the lease is still the killed replica's").isFalse();

        await().atMost(Duration.ofSeconds(30)).until(survivor.leadership::isLeader);
        assertThat(survivor.events).containsExactly(new LeadershipChanged(true, "survivor"));
        assertThat(holder()).isEqualTo("survivor");
    }

    @Test
    void aHubAloneLeadsWithoutALease() {
        List<Object> events = new CopyOnWriteArrayList<>();
        var alone = new ClusterLeadership(jdbc, events::add, new ClusterProperties(false, "alone",
                Duration.ofSeconds(30), Duration.ofSeconds(10)), new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
        alone.start();

        assertThat(alone.isLeader()).isTrue();
        assertThat(events).containsExactly(new LeadershipChanged(true, "alone"));
        assertThat(jdbc.sql("select count(*) from cluster_leases").query(Integer.class).single()).isZero();
        alone.stop();
        assertThat(events).containsExactly(new LeadershipChanged(true, "alone"), new LeadershipChanged(false, "alone"));
    }

    private String holder() {
        return jdbc.sql("select holder from cluster_leases where name = ?").param(ClusterLeadership.LEASE)
                .query(String.class).single();
    }

    private Timestamp expiry() {
        return jdbc.sql("select expires_at from cluster_leases where name = ?").param(ClusterLeadership.LEASE)
                .query(Timestamp.class).single();
    }

    private Replica start(String name) {
        List<Object> events = new CopyOnWriteArrayList<>();
        var leadership = new ClusterLeadership(jdbc, events::add, new ClusterProperties(true, name,
                SETTINGS.leaseDuration(), SETTINGS.renewInterval()),
                new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
        leadership.start();
        Replica replica = new Replica(leadership, events);
        replicas.add(replica);
        return replica;
    }

    private record Replica(ClusterLeadership leadership, List<Object> events) {
    }
}
