package org.lerhub.engine.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.lerhub.engine.cluster.ClusterProperties;
import org.lerhub.schema.LearnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Index writes about one learner take turns, so that each reads the store when its turn comes and a write computed
 * from older grants never lands after a newer one. In this process by striped locks; when replicas share the
 * database ({@code ler.cluster.enabled}) also across them, by locking the learners' rows in a transaction around the
 * write. Both kinds of lock are taken in one order, so no two writes wait on each other.
 */
@Component
public class LearnerTurns {

    private static final int STRIPES = 64;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final boolean sharedDatabase;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    public LearnerTurns(ClusterProperties cluster, TransactionTemplate transaction, JdbcClient jdbc) {
        this.sharedDatabase = cluster.enabled();
        this.transaction = transaction;
        this.jdbc = jdbc;
        Arrays.setAll(stripes, i -> new ReentrantLock());
    }

    /** Runs the write in the turn of the learners it is about (nulls stand for records of no learner). */
    public void run(Collection<LearnerId> learners, Runnable write) {
        List<String> ids = learners.stream().filter(Objects::nonNull).map(LearnerId::value).distinct().sorted().toList();
        int[] taken = ids.stream().mapToInt(id -> Math.floorMod(id.hashCode(), STRIPES)).distinct().sorted().toArray();
        int locked = 0;
        try {
            for (int stripe : taken) {
                stripes[stripe].lock();
                locked++;
            }
            if (sharedDatabase && !ids.isEmpty()) {
                // the write's own reads run in this transaction, on its connection: no second connection is borrowed
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("select id from learners where id in (:ids) order by id for update").param("ids", ids)
                            .query(String.class).list();
                    write.run();
                });
            } else {
                write.run();
            }
        } finally {
            for (int i = locked - 1; i >= 0; i--) {
                stripes[taken[i]].unlock();
            }
        }
    }
}
