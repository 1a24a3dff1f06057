package org.lerhub.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;

class JobsTest {

    private static final HubUser TN_ADMIN = new HubUser("tn-admin", HubRole.AGENCY_ADMIN, "tn", null);
    private static final HubUser IN_ADMIN = new HubUser("in-admin", HubRole.AGENCY_ADMIN, "in", null);

    private final Jobs jobs = new Jobs(new RunAtOnce());

    @Test
    void aJobOverAListCountsWhatSucceededAndWhatFailedWithWhy() {
        JobId id = jobs.forEach(TN_ADMIN, "job.upload", "/agency/connectors/tn-sis", List.of("a.xml", "b.xml", "c.xml", "d.xml"),
                name -> name, name -> switch (name) {
                    case "b.xml" -> Optional.of("not PESC");
                    case "c.xml" -> throw new IOException("disk full");
                    default -> Optional.empty();
                });

        Job job = jobs.find(id, TN_ADMIN).orElseThrow();
        assertThat(job.state()).isEqualTo(Job.State.DONE);
        assertThat(job.finished()).isTrue();
        assertThat(job.total()).isEqualTo(4);
        assertThat(job.processed()).isEqualTo(4);
        assertThat(job.succeeded()).isEqualTo(2);
        assertThat(job.failed()).isEqualTo(2);
        assertThat(job.failures()).containsExactly(new Job.Failure("b.xml", "not PESC"), new Job.Failure("c.xml", "disk full"));
        assertThat(job.backPath()).isEqualTo("/agency/connectors/tn-sis");
    }

    @Test
    void workThatThrowsStopsTheJobAndSaysWhy() {
        JobId id = jobs.start(TN_ADMIN, "job.reindex", "/hub/operations", progress -> {
            progress.total(10);
            progress.succeeded(3);
            throw new IllegalStateException("index locked");
        });

        Job job = jobs.find(id, TN_ADMIN).orElseThrow();
        assertThat(job.state()).isEqualTo(Job.State.ABORTED);
        assertThat(job.abortedBecause()).isEqualTo("index locked");
        assertThat(job.processed()).isEqualTo(3);
        assertThat(job.total()).isEqualTo(10);
        assertThat(job.failed()).as("no item failed; the job stopped").isZero();
    }

    @Test
    void onlyWhoeverStartedAJobSeesIt() {
        JobId id = jobs.start(TN_ADMIN, "job.reindex", "/hub/operations", progress -> progress.succeeded(1));

        assertThat(jobs.find(id, TN_ADMIN)).isPresent();
        assertThat(jobs.find(id, IN_ADMIN)).isEmpty();
        assertThat(jobs.find(new JobId("no-such-job"), TN_ADMIN)).isEmpty();
    }

    @Test
    void aListShowsTheFirstFailuresAndCountsThemAll() {
        List<Integer> items = IntStream.range(0, Job.FAILURES_SHOWN + 5).boxed().toList();
        JobId id = jobs.forEach(TN_ADMIN, "job.replay", "/agency/dead-letters", items, String::valueOf,
                item -> Optional.of("still broken"));

        Job job = jobs.find(id, TN_ADMIN).orElseThrow();
        assertThat(job.failed()).isEqualTo(Job.FAILURES_SHOWN + 5);
        assertThat(job.failures()).hasSize(Job.FAILURES_SHOWN);
    }

    @Test
    void theOldestFinishedJobsAreForgotten() {
        JobId first = jobs.start(TN_ADMIN, "job.reindex", "/hub/operations", progress -> { });
        for (int i = 1; i < Jobs.KEPT; i++) {
            jobs.start(TN_ADMIN, "job.reindex", "/hub/operations", progress -> { });
        }
        assertThat(jobs.find(first, TN_ADMIN)).as("the last " + Jobs.KEPT + " are kept").isPresent();

        jobs.start(TN_ADMIN, "job.reindex", "/hub/operations", progress -> { });
        assertThat(jobs.find(first, TN_ADMIN)).isEmpty();
    }

    /** Runs each job when it is queued, so that a test sees it finished. */
    private static final class RunAtOnce extends AbstractExecutorService {

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
