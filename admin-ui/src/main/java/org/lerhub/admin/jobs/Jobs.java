package org.lerhub.admin.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.lerhub.engine.access.HubUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs the long operations people start from pages (replaying many dead letters, uploading many files, rebuilding
 * the search index) in the background, one after another so that they never take both cores from the hub's
 * serving, and keeps each one's progress for its page. Jobs live in this process's memory, as sessions do: the
 * last {@link #KEPT} are kept, and a restart forgets them (what they did stays done).
 */
@Component
public class Jobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    static final int KEPT = 100;

    /** The work of a job; it reports through {@code progress} as it goes. */
    @FunctionalInterface
    public interface Work {
        void run(Progress progress) throws Exception;
    }

    /** What a job's work reports. */
    public interface Progress {
        void total(long items);

        void succeeded(long items);

        void failed(String item, String reason);
    }

    /** One item of a job that works through a list: empty when it succeeded, else why it failed. */
    @FunctionalInterface
    public interface Step<T> {
        Optional<String> apply(T item) throws Exception;
    }

    private final Map<JobId, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();
    private final ExecutorService worker;

    @Autowired
    Jobs() {
        this(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ler-ui-jobs");
            thread.setDaemon(true);
            return thread;
        }));
    }

    Jobs(ExecutorService worker) {
        this.worker = worker;
    }

    /** Queues {@code work} as a job of {@code owner}, who alone may watch it. */
    public JobId start(HubUser owner, String titleKey, String backPath, Work work) {
        Job job = new Job(JobId.random(), owner.username(), titleKey, backPath, started.incrementAndGet());
        forgetOldest();
        jobs.put(job.id(), job);
        worker.execute(() -> run(job, work));
        return job.id();
    }

    /** Queues a job that applies {@code step} to each item; an item that throws failed, for the exception's message. */
    public <T> JobId forEach(HubUser owner, String titleKey, String backPath, List<T> items, Function<T, String> name,
                             Step<T> step) {
        return start(owner, titleKey, backPath, progress -> {
            progress.total(items.size());
            for (T item : items) {
                Optional<String> failure;
                try {
                    failure = step.apply(item);
                } catch (Exception e) {
                    failure = Optional.of(String.valueOf(e.getMessage()));
                }
                if (failure.isPresent()) {
                    progress.failed(name.apply(item), failure.get());
                } else {
                    progress.succeeded(1);
                }
            }
        });
    }

    /** The job, if {@code user} started it. */
    public Optional<Job> find(JobId id, HubUser user) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(user.username()));
    }

    private static void run(Job job, Work work) {
        job.state(Job.State.RUNNING);
        try {
            work.run(new Progress() {
                @Override
                public void total(long items) {
                    job.total(items);
                }

                @Override
                public void succeeded(long items) {
                    job.succeeded(items);
                }

                @Override
                public void failed(String item, String reason) {
                    job.failed(item, reason);
                }
            });
            job.state(Job.State.DONE);
        } catch (Exception e) {
            log.warn("job {} ({}) stopped: {}", job.id().value(), job.titleKey(), e.toString(), e);
            job.abort(String.valueOf(e.getMessage()));
        }
    }

    private void forgetOldest() {
        if (jobs.size() >= KEPT) {
            jobs.values().stream().filter(Job::finished).min(Comparator.comparingLong(Job::sequence))
                    .ifPresent(oldest -> jobs.remove(oldest.id()));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
