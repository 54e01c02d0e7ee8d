package org.homecare.deploy.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The services' tests get the components and this harness, never the launcher behind deploy/stack: a change to how
 * the stack runs must not reach a service's test classpath.
 */
class HarnessDependenciesTest {

    private static final String COMPONENTS = "org.homecare.deploy";
    private static final String HARNESS = "org.homecare.deploy.test..";
    private static final String LAUNCHER = "org.homecare.deploy.stack..";

    private static JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(COMPONENTS);
    }

    @Test
    void the_harness_does_not_use_the_launcher() {
        noClasses().that().resideInAPackage(HARNESS)
                .should().dependOnClassesThat().resideInAPackage(LAUNCHER)
                .check(classes());
    }

    @Test
    void the_components_use_neither_the_harness_nor_the_launcher() {
        noClasses().that().resideInAPackage(COMPONENTS)
                .should().dependOnClassesThat().resideInAnyPackage(HARNESS, LAUNCHER)
                .check(classes());
    }

    @Test
    void the_launcher_is_not_on_the_harness_classpath() {
        assertNull(getClass().getClassLoader().getResource("org/homecare/deploy/stack/StackCli.class"),
                "deploy/test-harness must not depend on deploy/launcher");
    }
}
