package org.lerhub.engine.verification;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationProperties.class)
public class VerificationConfiguration {

    /** Loaded once at start: a bundled context that does not match its fingerprint stops the hub from starting. */
    @Bean
    BundledContexts bundledContexts() {
        return new BundledContexts();
    }

    /** Loaded once at start, like the contexts: a schema that does not match its fingerprint stops the hub. */
    @Bean
    BundledSchemas bundledSchemas() {
        return new BundledSchemas();
    }

    /** Offline unless the operator allowed network lookups; tests replace it with the documents they need. */
    @Bean
    @ConditionalOnMissingBean
    RemoteDocuments remoteDocuments(VerificationProperties properties, Clock clock) {
        return properties.allowNetwork()
                ? new HttpRemoteDocuments(HttpRemoteDocuments::httpsOnly, properties.fetchTimeout(),
                        properties.cacheFor(), clock)
                : RemoteDocuments.OFFLINE;
    }
}
