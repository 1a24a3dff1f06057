package org.lerhub.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The LER Hub: one runnable application assembling the engine, mappings, connectors and admin UI. */
@SpringBootApplication(scanBasePackages = "org.lerhub")
public class LerHubApplication {

    public static void main(String[] args) {
        // --ler.data-dir=data (no leading ./) is a path people type; H2 refuses such paths unless told
        System.setProperty("h2.implicitRelativePath", "true");
        SpringApplication.run(LerHubApplication.class, args);
    }
}
