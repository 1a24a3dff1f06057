package org.lerhub.engine.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Per-connector ingest counters and latency ({@code ler_ingest_documents_total{connector,agency,outcome}},
 * {@code ler_ingest_latency_seconds}), exported at {@code /actuator/prometheus} when the app runs.
 */
@Component
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    void record(IngestOutcome outcome, InboundDocument inbound, Duration took) {
        String connector = inbound.connectorId() == null ? "upload" : inbound.connectorId();
        String result = outcome.duplicate() ? "duplicate" : outcome.status().name().toLowerCase();
        Counter.builder("ler.ingest.documents").description("documents received, by outcome")
                .tag("connector", connector).tag("agency", inbound.agencyId()).tag("outcome", result)
                .register(registry).increment();
        Counter.builder("ler.ingest.bytes").baseUnit("bytes").tag("connector", connector)
                .tag("agency", inbound.agencyId()).register(registry).increment(inbound.content().length);
        Timer.builder("ler.ingest.latency").description("time from receipt to stored or dead letter")
                .tag("connector", connector).register(registry).record(took);
    }
}
