package org.lerhub.engine;

import java.time.Clock;
import org.lerhub.engine.links.HttpLinkedResources;
import org.lerhub.engine.links.LinkedResourcesProperties;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.Mappers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({LerProperties.class, LinkedResourcesProperties.class})
public class EngineConfiguration {

    @Bean
    Mappers mappers() {
        return Mappers.fromClasspath();
    }

    /** Mappers follow no links unless the operator allows hosts under {@code ler.linked-resources.allowed-hosts}. */
    @Bean
    MappingContext mappingContext(LinkedResourcesProperties links, Clock clock) {
        return links.allowedHosts().isEmpty() ? MappingContext.OFFLINE
                : new MappingContext(new HttpLinkedResources(links, clock));
    }

    /** Replaceable so that tests can move time (grant expiry, credential validity). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
