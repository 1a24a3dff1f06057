package org.lerhub.engine;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.lerhub.engine.store.StoreSchema;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A throw-away schema with the store's migrations in the test PostgreSQL, for tests of replicas as plain objects. */
public final class PostgresSchema {

    private PostgresSchema() {
    }

    public static String newName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static SimpleDriverDataSource migrated(String schema) throws SQLException {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(DriverManager.getDriver(PostgresStoreTest.URL),
                PostgresStoreTest.URL + "?currentSchema=" + schema, "postgres", "");
        Flyway.configure().dataSource(dataSource).schemas(schema)
                .placeholders(StoreSchema.placeholdersFor(dataSource)).load().migrate();
        return dataSource;
    }

    public static void drop(String schema) throws SQLException {
        try (var connection = DriverManager.getConnection(PostgresStoreTest.URL, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
