package org.lerhub.engine;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store on a real PostgreSQL server (the production path), in a schema of its own that is dropped
 * afterwards. The server comes from {@code ler.test.postgres.url}; {@code .ci/run} makes sure it is up.
 */
@SpringBootTest(classes = EngineTestApplication.class, properties = "ler.data-dir=target/pg-store-test")
public class PostgresStoreTest extends StoreContractTest {

    public static final String URL = System.getProperty("ler.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String SCHEMA = "ler_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (var connection = DriverManager.getConnection(URL, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
