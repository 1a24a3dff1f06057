package org.lerhub.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.PostgresSchema;
import org.lerhub.engine.cluster.ClusterProperties;
import org.lerhub.schema.LearnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two replicas sharing one PostgreSQL, as plain objects: an index write about a learner on one waits for another
 * replica's write about the same learner to finish, and writes about other learners do not wait.
 */
class LearnerTurnsTest {

    private static final String SCHEMA = PostgresSchema.newName("ler_turns");
    private static final ClusterProperties SHARED = new ClusterProperties(true, "", Duration.ofSeconds(2),
            Duration.ofMillis(200));
    private static final LearnerId LEE = LearnerId.of("lee");
    private static final LearnerId KIM = LearnerId.of("kim");
    private static DataSource database;
    private static JdbcClient jdbc;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @BeforeAll
    static void learners() throws SQLException {
        database = PostgresSchema.migrated(SCHEMA);
        jdbc = JdbcClient.create(database);
        for (LearnerId learner : List.of(LEE, KIM)) {
            jdbc.sql("insert into learners (id, created_at) values (?, ?)").params(learner.value(),
                    Timestamp.from(Instant.now())).update();
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresSchema.drop(SCHEMA);
    }

    @AfterEach
    void stop() {
        releaseFirst.countDown();
        threads.shutdownNow();
    }

    @Test
    void aWriteAboutALearnerWaitsForAnotherReplicasWriteAboutThem() throws Exception {
        List<String> writes = new CopyOnWriteArrayList<>();
        Future<?> first = holdTurnOf(replica(), LEE, writes);

        Future<?> second = threads.submit(() -> replica().run(List.of(LEE), () -> writes.add("second")));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForRowLocks() > 0);
        releaseFirst.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertThat(writes).containsExactly("first begins", "first ends", "second");
    }

    @Test
    void aWriteAboutAnotherLearnerDoesNotWait() throws Exception {
        List<String> writes = new CopyOnWriteArrayList<>();
        Future<?> first = holdTurnOf(replica(), LEE, writes);

        threads.submit(() -> replica().run(List.of(KIM), () -> writes.add("about kim"))).get(30, TimeUnit.SECONDS);
        releaseFirst.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(writes).containsExactly("first begins", "about kim", "first ends");
    }

    /** A write about {@code learner} that keeps its turn until the test releases it. */
    private Future<?> holdTurnOf(LearnerTurns replica, LearnerId learner, List<String> writes) throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        Future<?> write = threads.submit(() -> replica.run(List.of(learner), () -> {
            writes.add("first begins");
            begun.countDown();
            try {
                releaseFirst.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writes.add("first ends");
        }));
        assertThat(begun.await(30, TimeUnit.SECONDS)).isTrue();
        return write;
    }

    /** Each replica its own object with its own transactions, over the one database. */
    private static LearnerTurns replica() {
        return new LearnerTurns(SHARED, new TransactionTemplate(new DataSourceTransactionManager(database)), jdbc);
    }

    private static long waitingForRowLocks() {
        return jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single();
    }
}
