package org.lerhub.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store on the embedded default: an H2 file database. */
@SpringBootTest(classes = EngineTestApplication.class, properties = {
        "ler.data-dir=target/h2-store-test",
        "spring.datasource.url=jdbc:h2:mem:store-test;DB_CLOSE_DELAY=-1"})
class H2StoreTest extends StoreContractTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theEmbeddedDatabaseKeepsParsedStatementsAndRecordsInTheirRows() {
        assertThat(setting("QUERY_CACHE_SIZE")).isEqualTo("128");
        assertThat(setting("MAX_LENGTH_INPLACE_LOB")).isEqualTo("65536");
    }

    private String setting(String name) {
        return jdbc.sql("select setting_value from information_schema.settings where setting_name = ?").param(name)
                .query(String.class).single();
    }
}
