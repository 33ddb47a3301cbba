package org.samverkan.communications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The communications service's shape, checked on its compiled main classes: one package per feature, features that do not go
 * round in circles, and nothing shared with the other services but events (each has its own copy of what it reads).
 */
class ArchitectureTest {
    private static final JavaClasses COMMUNICATIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.samverkan.communications");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.samverkan.communications.(*)..").should().beFreeOfCycles().check(COMMUNICATIONS);
    }

    /** The application class is the composition root: features are found by scanning, none reaches back for it. */
    @Test
    void featuresDoNotDependOnTheApplicationClass() {
        noClasses().that().areNotAnnotatedWith(SpringBootApplication.class)
                .should().dependOnClassesThat().areAnnotatedWith(SpringBootApplication.class)
                .check(COMMUNICATIONS);
    }

    @Test
    void noOtherServiceIsUsedButThroughItsEvents() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.samverkan.registry..", "org.samverkan.inventory..", "org.samverkan.followup..",
                        "org.samverkan.portal..", "org.samverkan.identity..")
                .check(COMMUNICATIONS);
    }

    /** Listeners sit beside the copy or feature they feed, not in a technical package. */
    @Test
    void noPackageIsNamedMessaging() {
        noClasses().should().resideInAPackage("..messaging..").check(COMMUNICATIONS);
    }
}
