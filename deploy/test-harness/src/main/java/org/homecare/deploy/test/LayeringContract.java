package org.homecare.deploy.test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering inside a service (docs/architecture.md "Inside a service"), held by ArchUnit over its main classes:
 * {@code domain} is plain Java, {@code rest} goes through {@code service}, {@code repository} serves {@code service}
 * and calls none of the layers above it, JDBC and native SQL live in {@code repository} only, and no service uses another's code (they share only event-contracts). A service's test class extends it and names its package root.
 */
public abstract class LayeringContract {

    public static final List<String> SERVICES = List.of("eligibility", "provider", "voucher", "settlement");

    /** e.g. {@code voucher} for {@code org.homecare.voucher} */
    protected abstract String service();

    private JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root());
    }

    private String root() {
        return "org.homecare." + service();
    }

    @Test
    void domain_depends_on_no_other_layer() {
        noClasses().that().resideInAPackage(root() + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(root() + ".rest..", root() + ".service..",
                        root() + ".repository..", root() + ".messaging..")
                .check(classes());
    }

    @Test
    void domain_uses_no_rest_framework() {
        noClasses().that().resideInAPackage(root() + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "io.quarkus.resteasy..", "io.quarkus.rest..", "io.vertx..")
                .check(classes());
    }

    @Test
    void repositories_serve_the_use_cases_and_never_call_them() {
        noClasses().that().resideInAPackage(root() + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage(root() + ".service..", root() + ".rest..",
                        root() + ".messaging..")
                .check(classes());
    }

    @Test
    void use_cases_know_nothing_of_http() {
        noClasses().that().resideInAPackage(root() + ".service..")
                .should().dependOnClassesThat().resideInAPackage(root() + ".rest..")
                .check(classes());
    }

    @Test
    void rest_never_reaches_a_repository() {
        noClasses().that().resideInAPackage(root() + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(root() + ".repository..")
                .check(classes());
    }

    @Test
    void no_service_uses_another_services_code() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service()))
                .map(s -> "org.homecare." + s + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).check(classes());
    }

    @Test
    void jdbc_and_native_sql_live_in_repositories_only() {
        noClasses().that().resideOutsideOfPackage(root() + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..")
                .orShould().callMethodWhere(target(nameMatching("createNativeQuery|doWork|doReturningWork")))
                .check(classes());
    }
}
