package org.lerhub.engine.cluster;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which replica leads: the one that runs polling routes (file drop, SFTP, HTTP pull) and scheduled jobs, while
 * every replica serves the API, uploads and webhooks. Leadership is a lease row in the database: the holder renews
 * it every {@code ler.cluster.renew-interval}; the others try to take it every interval and succeed once it has
 * expired ({@code lease-duration} after its last renewal); a graceful shutdown releases it at once.
 *
 * <p>A leader that cannot renew steps down at its own deadline, counted from before it sent the renewal, so it stops
 * its routes before the lease expires in the database and another replica can take over. With
 * {@code ler.cluster.enabled=false} (the embedded default) this hub is alone and leads from the start.
 *
 * <p>Others ask {@link #isLeader()} or listen for {@link LeadershipChanged}.
 */
@Component
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterLeadership {

    private static final Logger log = LoggerFactory.getLogger(ClusterLeadership.class);
    static final String LEASE = "leader";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ClusterProperties properties;
    private final String instanceId;
    private ScheduledExecutorService lease;
    private volatile boolean leader;
    private volatile long leadsUntilNanos;

    public ClusterLeadership(JdbcClient jdbc, ApplicationEventPublisher events, ClusterProperties properties,
                             ObjectProvider<MeterRegistry> registry) {
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.instanceId = properties.instanceId().isBlank() ? defaultInstanceId() : properties.instanceId();
        Gauge.builder("ler.cluster.leader", this, c -> c.isLeader() ? 1 : 0)
                .description("1 while this replica leads (runs polling routes and scheduled jobs)")
                .register(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    public boolean isLeader() {
        return leader && (!properties.enabled() || System.nanoTime() - leadsUntilNanos < 0);
    }

    public String instanceId() {
        return instanceId;
    }

    /** After recovery, before the demo seeder registers its connectors: the first attempt runs before the hub is ready. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public synchronized void start() {
        if (!properties.enabled()) {
            change(true);
            return;
        }
        log.info("replica {} joins the cluster (lease {}, renewed every {})", instanceId,
                properties.leaseDuration(), properties.renewInterval());
        renewOrTakeOver();
        lease = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-lease");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.renewInterval().toMillis();
        lease.scheduleWithFixedDelay(() -> {
            try {
                renewOrTakeOver();
            } catch (RuntimeException e) {
                // a listener failed; an exception escaping here would end the renewals for good
                log.error("replica {}: a leadership listener failed", instanceId, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Stops leading before the routes and the database go away, and frees the lease for another replica. */
    @EventListener(ContextClosedEvent.class)
    public synchronized void stop() {
        if (lease != null) {
            lease.shutdownNow();
            lease = null;
        }
        boolean wasLeader = leader;
        if (wasLeader) {
            change(false);
        }
        if (properties.enabled() && wasLeader) {
            try {
                jdbc.sql("delete from cluster_leases where name = ? and holder = ?").params(LEASE, instanceId).update();
                log.info("replica {} released the lease", instanceId);
            } catch (RuntimeException e) {
                log.warn("replica {} could not release the lease; it expires on its own", instanceId, e);
            }
        }
    }

    private synchronized void renewOrTakeOver() {
        long attemptedAt = System.nanoTime();
        boolean held;
        try {
            held = acquire();
        } catch (RuntimeException e) {
            // the database is away: keep leading until the deadline, the lease may still be ours when it is back
            log.warn("replica {} could not reach the lease: {}", instanceId, e.getMessage());
            if (leader && System.nanoTime() - leadsUntilNanos >= 0) {
                log.warn("replica {} steps down: its lease ran out unrenewed", instanceId);
                change(false);
            }
            return;
        }
        if (held) {
            leadsUntilNanos = attemptedAt + properties.leaseDuration().toNanos();
        }
        if (held != leader) {
            change(held);
        }
    }

    /** Renews the lease if this replica holds it, takes it if it expired or nobody holds it. */
    private boolean acquire() {
        Instant now = jdbc.sql("select current_timestamp").query(Timestamp.class).single().toInstant();
        Timestamp expiresAt = Timestamp.from(now.plus(properties.leaseDuration()));
        int updated = jdbc.sql("update cluster_leases set holder = ?, expires_at = ? "
                        + "where name = ? and (holder = ? or expires_at < ?)")
                .params(instanceId, expiresAt, LEASE, instanceId, Timestamp.from(now)).update();
        if (updated == 1) {
            return true;
        }
        try {
            jdbc.sql("insert into cluster_leases (name, holder, expires_at) values (?, ?, ?)")
                    .params(LEASE, instanceId, expiresAt).update();
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    private void change(boolean leads) {
        leader = leads;
        log.info(leads ? "replica {} leads: polling routes and scheduled jobs run here" : "replica {} no longer leads",
                instanceId);
        events.publishEvent(new LeadershipChanged(leads, instanceId));
    }

    private static String defaultInstanceId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "hub";
            }
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
