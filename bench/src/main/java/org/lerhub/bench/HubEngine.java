package org.lerhub.bench;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lerhub.engine.EngineConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub's engine (pipeline, store, index, consent) without web or connectors, on the embedded H2 file database as
 * the app runs it, or on PostgreSQL in a schema of its own that is dropped on close.
 */
final class HubEngine implements AutoCloseable {

    @SpringBootApplication(scanBasePackageClasses = EngineConfiguration.class)
    static class Application {
    }

    private final ConfigurableApplicationContext context;
    private final String postgresUrl;
    private final String schema;

    private HubEngine(ConfigurableApplicationContext context, String postgresUrl, String schema) {
        this.context = context;
        this.postgresUrl = postgresUrl;
        this.schema = schema;
    }

    static HubEngine start(Path dataDir, BenchOptions options) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ler.data-dir", dataDir.toString());
        properties.put("ler.verification.recheck-every", "0");
        properties.put("logging.level.root", "WARN");
        String schema = null;
        if (options.store().equals("postgres")) {
            schema = "ler_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            properties.put("spring.datasource.url", options.postgresUrl() + "?currentSchema=" + schema);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.flyway.schemas", schema);
        } else {
            // the app's embedded default (application.yaml): commits are on disk before a file counts as done
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db/ler-hub")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            properties.put("spring.datasource.username", "sa");
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(properties).run();
        return new HubEngine(context, options.postgresUrl(), schema);
    }

    <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws SQLException {
        context.close();
        if (schema != null) {
            try (var connection = DriverManager.getConnection(postgresUrl, "postgres", "");
                 var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
