package org.samverkan.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The portal's shape, checked on its compiled main classes: one package per part of the interface, parts that
 * do not go round in circles, and no service's code: every page reads and writes through the services' APIs.
 */
class ArchitectureTest {
    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.samverkan.portal");

    @Test
    void partsAreFreeOfCycles() {
        slices().matching("org.samverkan.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    /** The application class is the composition root: parts are found by scanning, none reaches back for it. */
    @Test
    void partsDoNotDependOnTheApplicationClass() {
        noClasses().that().areNotAnnotatedWith(SpringBootApplication.class)
                .should().dependOnClassesThat().areAnnotatedWith(SpringBootApplication.class)
                .check(PORTAL);
    }

    @Test
    void noServiceIsUsedButThroughItsApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.samverkan.registry..", "org.samverkan.inventory..", "org.samverkan.communications..",
                        "org.samverkan.followup..", "org.samverkan.identity..")
                .check(PORTAL);
    }

    /** Listeners sit beside the copy or feature they feed, not in a technical package. */
    @Test
    void noPackageIsNamedMessaging() {
        noClasses().should().resideInAPackage("..messaging..").check(PORTAL);
    }
}
