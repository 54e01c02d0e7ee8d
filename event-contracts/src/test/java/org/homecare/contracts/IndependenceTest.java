package org.homecare.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.homecare.deploy.test.LayeringContract;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The shared contract jar serves the services and knows none of them. */
class IndependenceTest {

    @Test
    void event_contracts_import_no_service() {
        String[] services = LayeringContract.SERVICES.stream().map(s -> "org.homecare." + s + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(services)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.homecare.contracts"));
    }
}
