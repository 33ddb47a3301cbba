package org.samverkan.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service's shape, checked on its compiled main classes (ArchUnit: each rule fails the test with every violation):
 * one package per feature, features that do not go round in circles, nothing reached in another service but through
 * its events or API, and consumers beside what they feed rather than in a technical {@code messaging} package.
 * A service's {@code ArchitectureTest} implements this and names its root package.
 */
public interface ServiceArchitectureChecks {
    List<String> SERVICES = List.of("org.samverkan.registry", "org.samverkan.inventory", "org.samverkan.communications",
            "org.samverkan.followup", "org.samverkan.portal", "org.samverkan.identity");

    /** E.g. {@code org.samverkan.registry}. */
    String rootPackage();

    @Test
    default void featuresAreFreeOfCycles() {
        slices().matching(rootPackage() + ".(*)..").should().beFreeOfCycles().check(Imported.classes(rootPackage()));
    }

    /** The application class is the composition root: features are found by scanning, none reaches back for it. */
    @Test
    default void featuresDoNotDependOnTheApplicationClass() {
        noClasses().that().areNotAnnotatedWith(SpringBootApplication.class)
                .should().dependOnClassesThat().areAnnotatedWith(SpringBootApplication.class)
                .check(Imported.classes(rootPackage()));
    }

    @Test
    default void noOtherServiceIsUsedButThroughItsEventsOrApi() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(rootPackage())).map(s -> s + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).check(Imported.classes(rootPackage()));
    }

    @Test
    default void noPackageIsNamedMessaging() {
        noClasses().should().resideInAPackage("..messaging..").check(Imported.classes(rootPackage()));
    }

    /** One import per service and JVM: the rules share it. */
    final class Imported {
        private static final Map<String, JavaClasses> BY_PACKAGE = new ConcurrentHashMap<>();

        private Imported() {
        }

        static JavaClasses classes(String rootPackage) {
            return BY_PACKAGE.computeIfAbsent(rootPackage, p -> new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(p));
        }
    }
}
