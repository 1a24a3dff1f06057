package org.lerhub.engine.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Fills the per-database placeholders of the migrations, so the same migrations run on H2 (embedded
 * default) and PostgreSQL (production) without a profile having to know.
 */
@Component
public class StoreSchema implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.placeholders(placeholdersFor(configuration.getDataSource()));
    }

    public static Map<String, String> placeholdersFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            return product.contains("postgres")
                    ? Map.of("binary", "bytea", "text", "text")
                    : Map.of("binary", "blob", "text", "clob");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to prepare its schema", e);
        }
    }
}
