package org.lerhub.app.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.lerhub.schema.LerSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI lerHubApi() {
        return new OpenAPI().info(new Info().title("LER Hub API").version("v1")
                .description("Ingest Learning and Employment Records in their source formats, read them in the shared "
                        + "LER schema " + LerSchema.VERSION + ", and release them with the learner's consent. "
                        + "Errors are application/problem+json.")
                .license(new License().name("Apache-2.0")));
    }
}
