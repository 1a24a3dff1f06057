package org.lerhub.engine;

import org.springframework.boot.test.context.SpringBootTest;

/** The store on the embedded default: an H2 file database. */
@SpringBootTest(classes = EngineTestApplication.class, properties = {
        "ler.data-dir=target/h2-store-test",
        "spring.datasource.url=jdbc:h2:mem:store-test;DB_CLOSE_DELAY=-1"})
class H2StoreTest extends StoreContractTest {
}
