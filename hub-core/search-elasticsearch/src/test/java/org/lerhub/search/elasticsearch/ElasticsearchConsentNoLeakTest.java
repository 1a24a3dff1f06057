package org.lerhub.search.elasticsearch;

import org.lerhub.engine.ConsentNoLeakPropertyTest;
import org.lerhub.engine.EngineTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The no-leak property on a real Elasticsearch 8.19 node in this JVM. Every call is an HTTP round trip, so
 * the run is shorter than Lucene's unless {@code -Dler.test.es.operations=N} asks for more.
 */
@SpringBootTest(classes = {EngineTestApplication.class, ConsentNoLeakPropertyTest.Time.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:es-no-leak;DB_CLOSE_DELAY=-1",
        "ler.data-dir=target/es-no-leak-test",
        "ler.search.backend=elasticsearch",
        "ler.search.elasticsearch.index=no-leak",
        "ler.search.elasticsearch.replicas=0"})
class ElasticsearchConsentNoLeakTest extends ConsentNoLeakPropertyTest {

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) {
        registry.add("ler.search.elasticsearch.uris", ElasticsearchTestNode::uri);
    }

    @Override
    protected int operations() {
        return Integer.getInteger("ler.test.es.operations", 3_000);
    }
}
