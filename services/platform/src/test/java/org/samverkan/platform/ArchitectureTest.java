package org.samverkan.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The platform is a thin kit any service can use: it knows events, outboxes, consumers, problems and callers, but
 * nothing of the municipality, its people or the services built on it. Services give it their words through
 * configuration (e.g. {@code samverkan.security.roles}).
 */
class ArchitectureTest {
    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.samverkan.platform");

    /**
     * Words of the domain and its services. Not here, because the platform uses them in their technical sense:
     * need, offer (a queue's), observation (Micrometer's), registry (a meter registry), measure, report, delivery.
     */
    private static final Set<String> DOMAIN_WORDS = Set.of("organisation", "organization", "association", "faith",
            "representative", "staff", "crisis", "equality", "municipality", "municipal", "kommun", "resident", "huddinge",
            "notice", "rumour", "rumor", "commitment", "inventory", "communications", "stakeholder");
    /** Service and role names whose parts alone are ordinary words. */
    private static final Pattern DOMAIN_PHRASES = Pattern.compile("follow[-_ ]?ups?\\b|needs[-_ ]capacity|registry[-_ ]admin",
            Pattern.CASE_INSENSITIVE);
    /** Words inside identifiers too: isStaff is "is", "staff"; CRISIS_STAFF is "crisis", "staff". */
    private static final Pattern WORDS = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+");

    @Test
    void dependsOnNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.samverkan.registry..", "org.samverkan.inventory..", "org.samverkan.communications..",
                        "org.samverkan.followup..", "org.samverkan.portal..", "org.samverkan.identity..",
                        "org.samverkan.reference..")
                .check(PLATFORM);
    }

    @Test
    void partsOfTheKitAreFreeOfCycles() {
        slices().matching("org.samverkan.platform.(*)..").should().beFreeOfCycles().check(PLATFORM);
    }

    @Test
    void sourcesContainNoDomainWords() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            sources = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(sources).as("the platform's main sources, read from the module directory").hasSizeGreaterThan(10);
        List<String> found = new ArrayList<>();
        sources.forEach(file -> found.addAll(domainWords(file)));
        assertThat(found).as("domain words in the platform's main sources; name them in a service's configuration")
                .isEmpty();
    }

    private static List<String> domainWords(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher words = WORDS.matcher(line);
            while (words.find()) {
                String word = words.group().toLowerCase(Locale.ROOT);
                if (isDomainWord(word)) {
                    found.add(file + ":" + (i + 1) + " '" + word + "': " + line.strip());
                }
            }
            Matcher phrases = DOMAIN_PHRASES.matcher(line);
            while (phrases.find()) {
                found.add(file + ":" + (i + 1) + " '" + phrases.group() + "': " + line.strip());
            }
        }
        return found;
    }

    private static boolean isDomainWord(String word) {
        return DOMAIN_WORDS.contains(word)
                || word.endsWith("s") && DOMAIN_WORDS.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && DOMAIN_WORDS.contains(word.substring(0, word.length() - 2))
                || word.endsWith("ies") && DOMAIN_WORDS.contains(word.substring(0, word.length() - 3) + "y");
    }
}
