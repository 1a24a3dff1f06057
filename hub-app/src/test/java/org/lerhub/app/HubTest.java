package org.lerhub.app;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole hub on a random port with its embedded defaults (demo profile,
 * H2, Lucene) in a fresh data directory, driven over HTTP. Demo data is limited to the named demo learners
 * and seeded before the tests start.
 */
@SpringBootTest(classes = LerHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ler.demo.learners=2", "ler.demo.in-background=false"})
public abstract class HubTest {

    private static final Path DATA = Path.of("target/hub-test", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("ler.data-dir", DATA::toString);
    }

    @LocalServerPort
    protected int port;

    protected HubClient hub() {
        return new HubClient(port);
    }

    /** Tests share one hub: those that grant leave no live grant of the demo learners behind. */
    protected void revokeAllGrants() {
        for (String learner : List.of("alice", "bob")) {
            HubClient.Response grants = hub().get(learner, "/api/v1/me/consents");
            if (grants.status() == 200) {
                grants.json().forEach(g -> {
                    if (g.path("live").asBoolean()) {
                        hub().delete(learner, "/api/v1/me/consents/" + g.path("id").asString());
                    }
                });
            }
        }
    }
}
