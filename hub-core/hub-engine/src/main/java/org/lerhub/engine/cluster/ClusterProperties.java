package org.lerhub.engine.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ler.cluster.*} settings: whether several hub replicas share the database, and how they elect the one
 * that runs polling routes and scheduled jobs.
 *
 * @param enabled       false (the embedded default): this hub is alone and leads from the start, no lease is kept;
 *                      true (profile {@code postgres}): leadership is a lease row in the database
 * @param instanceId    this replica's name in the lease; empty for host name, process id and a random suffix
 * @param leaseDuration how long a lease holds without renewal: after a replica dies, the others wait this long
 * @param renewInterval how often the holder renews and the others try to take over; a few times shorter than the
 *                      lease, so that one slow renewal does not cost the lease
 */
@ConfigurationProperties("ler.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String instanceId,
                                @DefaultValue("30s") Duration leaseDuration,
                                @DefaultValue("10s") Duration renewInterval) {

    public ClusterProperties {
        if (renewInterval.compareTo(leaseDuration) >= 0) {
            throw new IllegalArgumentException("ler.cluster.renew-interval (" + renewInterval
                    + ") must be shorter than ler.cluster.lease-duration (" + leaseDuration + ")");
        }
    }
}
