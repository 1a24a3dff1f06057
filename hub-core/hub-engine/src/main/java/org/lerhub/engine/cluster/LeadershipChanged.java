package org.lerhub.engine.cluster;

/**
 * Published when this replica becomes the leader or stops being it, so that polling routes and scheduled jobs
 * start and stop with it. Listeners run on the lease's thread: start or stop work, don't do it there.
 *
 * @param leader     whether this replica leads from now on
 * @param instanceId this replica's name in the lease
 */
public record LeadershipChanged(boolean leader, String instanceId) {
}
