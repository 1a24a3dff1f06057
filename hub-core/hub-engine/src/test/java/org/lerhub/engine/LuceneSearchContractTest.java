package org.lerhub.engine;

import java.util.List;
import org.lerhub.engine.search.LuceneSearchBackend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The search contract on the embedded default: Lucene under the data directory. */
@SpringBootTest(classes = EngineTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:search-contract;DB_CLOSE_DELAY=-1",
        "ler.data-dir=target/search-contract-test"})
class LuceneSearchContractTest extends SearchContractTest {

    @Autowired LuceneSearchBackend lucene;

    @Override
    protected boolean indexFilesHoldAnyOf(List<String> recordIds) {
        return recordIds.stream().anyMatch(id -> lucene.holdsTerm("id", id));
    }
}
