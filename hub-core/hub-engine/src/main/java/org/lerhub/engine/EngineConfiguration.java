package org.lerhub.engine;

import java.time.Clock;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.Mappers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LerProperties.class)
public class EngineConfiguration {

    @Bean
    Mappers mappers() {
        return Mappers.fromClasspath();
    }

    /** Mappers follow no links unless the operator configures a {@link org.lerhub.mapping.LinkedResources}. */
    @Bean
    @ConditionalOnMissingBean
    MappingContext mappingContext() {
        return MappingContext.OFFLINE;
    }

    /** Replaceable so that tests can move time (grant expiry, credential validity). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
