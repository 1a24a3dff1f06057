package org.lerhub.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.List;
import org.lerhub.engine.EngineTestApplication;
import org.lerhub.engine.SearchContractTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search contract on a real Elasticsearch 8.19 node in this JVM. */
@SpringBootTest(classes = EngineTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:es-search-contract;DB_CLOSE_DELAY=-1",
        "ler.data-dir=target/es-search-contract-test",
        "ler.search.backend=elasticsearch",
        "ler.search.elasticsearch.index=search-contract",
        "ler.search.elasticsearch.replicas=0"})
class ElasticsearchSearchContractTest extends SearchContractTest {

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) {
        registry.add("ler.search.elasticsearch.uris", ElasticsearchTestNode::uri);
    }

    @Autowired ElasticsearchClient client;

    /** A live entry, or any deleted entry not yet merged out of the segments. */
    @Override
    protected boolean indexFilesHoldAnyOf(List<String> recordIds) {
        try {
            boolean live = client.mget(m -> m.index("search-contract").ids(recordIds), Object.class).docs().stream()
                    .anyMatch(doc -> doc.result().found());
            long deleted = client.indices().stats(s -> s.index("search-contract")).all().primaries().docs().deleted();
            return live || deleted > 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
