package org.homecare.deploy.stack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** deploy/stack runs on the components alone: nothing of the services' test harness ships with it. */
class LauncherDependenciesTest {

    @Test
    void the_launcher_does_not_use_the_test_harness() {
        noClasses().that().resideInAPackage("org.homecare.deploy.stack..")
                .should().dependOnClassesThat().resideInAPackage("org.homecare.deploy.test..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.homecare.deploy"));
    }

    @Test
    void the_test_harness_is_not_on_the_launcher_classpath() {
        assertNull(getClass().getClassLoader().getResource("org/homecare/deploy/test/Tokens.class"),
                "deploy/launcher must not depend on deploy/test-harness");
    }
}
