package org.lerhub.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency direction of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lerhub");
    }

    @Test
    void theSchemaDependsOnNoFramework() {
        noClasses().that().resideInAPackage("org.lerhub.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..",
                        "jakarta.persistence..", "tools.jackson..", "org.lerhub.engine..", "org.lerhub.mapping..")
                .check(classes);
    }

    @Test
    void mappersArePlainJavaAndKnowNothingOfTheEngine() {
        noClasses().that().resideInAnyPackage("org.lerhub.mappings..", "org.lerhub.mapping..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..",
                        "org.lerhub.engine..", "org.lerhub.connectors..", "org.lerhub.app..")
                .check(classes);
    }

    @Test
    void routesMoveBytesAndNeverCallAMapper() {
        noClasses().that().resideInAPackage("org.lerhub.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lerhub.mappings..", "org.lerhub.mapping..")
                .check(classes);
    }

    @Test
    void theEngineNamesNoFormatAndNoTransport() {
        noClasses().that().resideInAPackage("org.lerhub.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lerhub.mappings..", "org.lerhub.connectors..",
                        "org.lerhub.admin..", "org.lerhub.app..", "org.apache.camel..")
                .check(classes);
    }
}
