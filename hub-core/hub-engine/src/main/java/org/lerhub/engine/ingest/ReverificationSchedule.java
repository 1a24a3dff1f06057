package org.lerhub.engine.ingest;

import java.time.Duration;
import org.lerhub.engine.cluster.ClusterLeadership;
import org.lerhub.engine.verification.VerificationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Reverification} every {@code ler.verification.recheck-every} (6 hours unless set; 0 turns it off), on
 * the leading replica only.
 */
@Component
class ReverificationSchedule implements SchedulingConfigurer {

    private final Reverification reverification;
    private final ClusterLeadership leadership;
    private final Duration every;

    ReverificationSchedule(Reverification reverification, ClusterLeadership leadership,
                           VerificationProperties properties) {
        this.reverification = reverification;
        this.leadership = leadership;
        this.every = properties.recheckEvery();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!every.isZero()) {
            // the first run waits a whole period: a restart should not re-verify the whole store at once
            registrar.addFixedDelayTask(new FixedDelayTask(this::runOnLeader, every, every));
        }
    }

    private void runOnLeader() {
        if (leadership.isLeader()) {
            reverification.run();
        }
    }
}
