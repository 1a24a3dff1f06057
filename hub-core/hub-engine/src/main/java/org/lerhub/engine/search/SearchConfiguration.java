package org.lerhub.engine.search;

import org.lerhub.engine.LerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "ler.search.backend", havingValue = "lucene", matchIfMissing = true)
    LuceneSearchBackend luceneSearchBackend(LerProperties properties) {
        return new LuceneSearchBackend(properties.indexDir(), properties.search().refreshInterval(),
                properties.search().commitInterval());
    }
}
