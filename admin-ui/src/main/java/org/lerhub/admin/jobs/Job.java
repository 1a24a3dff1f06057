package org.lerhub.admin.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long operation started from a page, and its progress as its page shows it: how many items of how many are
 * done, how many of them failed and why (the first {@link #FAILURES_SHOWN}), and whether it is still running.
 */
public final class Job {

    static final int FAILURES_SHOWN = 20;

    public enum State { QUEUED, RUNNING, DONE, ABORTED }

    /** One item that failed, by the name the person knows it by, and why. */
    public record Failure(String item, String reason) {
    }

    private final JobId id;
    private final String owner;
    private final String titleKey;
    private final String backPath;
    private final long sequence;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Failure> failures = new ArrayList<>();
    private volatile State state = State.QUEUED;
    private volatile String abortedBecause;

    Job(JobId id, String owner, String titleKey, String backPath, long sequence) {
        this.id = id;
        this.owner = owner;
        this.titleKey = titleKey;
        this.backPath = backPath;
        this.sequence = sequence;
    }

    public JobId id() {
        return id;
    }

    String owner() {
        return owner;
    }

    /** The message key of what the job does ("Replaying dead letters"). */
    public String titleKey() {
        return titleKey;
    }

    /** The page to go back to when it is done. */
    public String backPath() {
        return backPath;
    }

    /** The order in which jobs were started. */
    long sequence() {
        return sequence;
    }

    /** The items to do; never less than those done (a reindex may find records that arrived after it started). */
    public long total() {
        return Math.max(total.get(), processed());
    }

    public long processed() {
        return succeeded.get() + failed.get();
    }

    public long succeeded() {
        return succeeded.get();
    }

    public long failed() {
        return failed.get();
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state == State.DONE || state == State.ABORTED;
    }

    public List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    void total(long items) {
        total.set(items);
    }

    void succeeded(long items) {
        succeeded.addAndGet(items);
    }

    void failed(String item, String reason) {
        failed.incrementAndGet();
        synchronized (failures) {
            if (failures.size() < FAILURES_SHOWN) {
                failures.add(new Failure(item, reason));
            }
        }
    }

    /** Why the job stopped before the end, when it did. */
    public String abortedBecause() {
        return abortedBecause;
    }

    void state(State next) {
        state = next;
    }

    void abort(String reason) {
        abortedBecause = reason;
        state = State.ABORTED;
    }
}
