package org.lerhub.engine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the engine alone, with the database the test chooses. */
@SpringBootApplication
public class EngineTestApplication {
}
