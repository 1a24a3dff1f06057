package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.search.LuceneSearchBackend;
import org.lerhub.engine.search.SearchBackend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * search-elasticsearch is on the class path, but without profile {@code elasticsearch} nothing of it is created:
 * no client, so no connection is attempted; the embedded Lucene index serves searches.
 */
class DefaultSearchBackendTest extends HubTest {

    @Autowired ApplicationContext context;

    @Test
    void luceneSearchesAndNothingOfElasticsearchIsCreated() {
        assertThat(context.getBean(SearchBackend.class)).isInstanceOf(LuceneSearchBackend.class);
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
                .map(Class::getName))
                .noneMatch(type -> type.startsWith("co.elastic.") || type.startsWith("org.elasticsearch.")
                        || type.startsWith("org.lerhub.search.elasticsearch."));
    }
}
