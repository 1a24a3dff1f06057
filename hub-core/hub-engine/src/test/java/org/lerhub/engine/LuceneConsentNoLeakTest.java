package org.lerhub.engine;

import org.springframework.boot.test.context.SpringBootTest;

/** The no-leak property on the embedded default: Lucene. */
@SpringBootTest(classes = {EngineTestApplication.class, ConsentNoLeakPropertyTest.Time.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:no-leak;DB_CLOSE_DELAY=-1",
        "ler.data-dir=target/no-leak-test"})
class LuceneConsentNoLeakTest extends ConsentNoLeakPropertyTest {
}
