package org.lerhub.app.demo;

import java.util.concurrent.atomic.AtomicInteger;
import org.lerhub.demo.DemoDataGenerator;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.store.DocumentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the demo, registers the demo organizations and ingests generated learners'
 * transcripts, badges and employment histories through the real pipeline, so a new user sees a working hub.
 * It runs after start-up, in the background: the hub answers at once and the records arrive within seconds.
 */
@Component
@Profile({"demo", "demo-data"})
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    static final long SEED = 20261129L;

    private final DemoOrganizations organizations;
    private final IngestPipeline pipeline;
    private final int learners;
    private final boolean inBackground;

    DemoSeeder(DemoOrganizations organizations, IngestPipeline pipeline,
               @Value("${ler.demo.learners:40}") int learners,
               @Value("${ler.demo.in-background:true}") boolean inBackground) {
        this.organizations = organizations;
        this.pipeline = pipeline;
        this.learners = learners;
        this.inBackground = inBackground;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seedOnFirstStart() {
        if (!organizations.register()) {
            return;
        }
        if (inBackground) {
            Thread seeder = new Thread(this::seed, "demo-seeder");
            seeder.setDaemon(true);
            seeder.start();
        } else {
            seed();
        }
    }

    private void seed() {
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        new DemoDataGenerator(SEED).documents(learners).forEach(document -> {
            IngestOutcome outcome = pipeline.ingest(new InboundDocument(document.content(), document.agencyId(),
                    document.connectorId(), document.formatId(), document.mediaType(), document.fileName()));
            (outcome.status() == DocumentStatus.STORED ? stored : failed).incrementAndGet();
        });
        log.info("demo data ingested: {} documents stored, {} dead letters", stored.get(), failed.get());
    }
}
