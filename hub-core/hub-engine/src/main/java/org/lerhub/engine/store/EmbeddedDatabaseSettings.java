package org.lerhub.engine.store;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Settings of the embedded H2 database that its defaults get wrong for the hub, passed as connection properties
 * when the database is opened (an operator's URL that sets one already wins):
 * <ul>
 *   <li>{@code QUERY_CACHE_SIZE}: H2 keeps 8 parsed statements per connection; ingesting a document runs a few
 *       dozen different ones, so each was parsed again every time;</li>
 *   <li>{@code MAX_LENGTH_INPLACE_LOB}: a record's JSON is a {@code clob}, which H2 moves to its separate LOB
 *       store from 256 characters on, at several extra writes per record and commit; up to 64 KiB it now stays in
 *       the row. Larger values (most originals) still go to the LOB store.</li>
 * </ul>
 * Durability is untouched: {@code WRITE_DELAY=0} in the URL still writes every commit before it returns.
 */
@Component
class EmbeddedDatabaseSettings implements BeanPostProcessor {

    static final Map<String, String> SETTINGS = Map.of("QUERY_CACHE_SIZE", "128", "MAX_LENGTH_INPLACE_LOB", "65536");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith("jdbc:h2:")) {
            String url = dataSource.getJdbcUrl().toUpperCase(Locale.ROOT);
            SETTINGS.forEach((name, value) -> {
                // H2 refuses a setting given both in the URL and as a property
                if (!url.contains(";" + name + "=")) {
                    dataSource.addDataSourceProperty(name, value);
                }
            });
        }
        return bean;
    }
}
