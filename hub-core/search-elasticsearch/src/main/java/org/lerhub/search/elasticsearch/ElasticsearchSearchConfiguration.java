package org.lerhub.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The Elasticsearch search backend, chosen by {@code ler.search.backend=elasticsearch} (profile
 * {@code elasticsearch}). The 8.x client sends compatibility headers, so 8.x and 9.x clusters both answer.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "ler.search.backend", havingValue = "elasticsearch")
@EnableConfigurationProperties(ElasticsearchProperties.class)
public class ElasticsearchSearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
        RestClientBuilder builder = RestClient.builder(properties.uris().stream()
                .map(uri -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme())).toArray(HttpHost[]::new));
        Header authorization = authorization(properties);
        if (authorization != null) {
            builder.setDefaultHeaders(new Header[] {authorization});
        }
        return builder.build();
    }

    private static Header authorization(ElasticsearchProperties properties) {
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            return new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + properties.apiKey());
        }
        if (properties.username() != null && !properties.username().isBlank()) {
            String pair = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            return new BasicHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    @Bean
    ElasticsearchSearchBackend elasticsearchSearchBackend(ElasticsearchClient client, ElasticsearchProperties properties) {
        return new ElasticsearchSearchBackend(client, properties);
    }
}
