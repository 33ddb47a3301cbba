package org.samverkan.followup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The follow-up service's shape, checked on its compiled main classes: one package per feature, features that do not go
 * round in circles, and nothing shared with the other services but events (each has its own copy of what it reads).
 */
class ArchitectureTest {
    private static final JavaClasses FOLLOWUP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.samverkan.followup");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.samverkan.followup.(*)..").should().beFreeOfCycles().check(FOLLOWUP);
    }

    /** The application class is the composition root: features are found by scanning, none reaches back for it. */
    @Test
    void featuresDoNotDependOnTheApplicationClass() {
        noClasses().that().areNotAnnotatedWith(SpringBootApplication.class)
                .should().dependOnClassesThat().areAnnotatedWith(SpringBootApplication.class)
                .check(FOLLOWUP);
    }

    @Test
    void noOtherServiceIsUsedButThroughItsEvents() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.samverkan.registry..", "org.samverkan.inventory..", "org.samverkan.communications..",
                        "org.samverkan.portal..", "org.samverkan.identity..")
                .check(FOLLOWUP);
    }

    /** Listeners sit beside the copy or feature they feed, not in a technical package. */
    @Test
    void noPackageIsNamedMessaging() {
        noClasses().should().resideInAPackage("..messaging..").check(FOLLOWUP);
    }
}
