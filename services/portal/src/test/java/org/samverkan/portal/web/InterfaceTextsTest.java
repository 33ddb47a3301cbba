package org.samverkan.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every interface text exists in Swedish and in English: a missing key would show as ??key?? on a page. */
class InterfaceTextsTest {

    @Test
    void everySwedishTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        // The portal's own bundles only: libraries on the classpath ship *_sv.properties of their own.
        Resource[] bundles = java.util.stream.Stream.concat(
                java.util.Arrays.stream(resolver.getResources("classpath*:messages_sv.properties")),
                java.util.Arrays.stream(resolver.getResources("classpath*:i18n/*_sv.properties"))).toArray(Resource[]::new);
        assertThat(bundles).as("the Swedish bundles: messages and one per feature package").hasSizeGreaterThanOrEqualTo(7);
        for (Resource swedish : bundles) {
            String name = swedish.getFilename();
            Resource english = swedish.createRelative(name.replace("_sv.properties", "_en.properties"));
            assertThat(english.exists()).as("English bundle for %s", name).isTrue();
            assertThat(load(english).stringPropertyNames()).as("keys of %s", name)
                    .containsExactlyInAnyOrderElementsOf(load(swedish).stringPropertyNames());
        }
    }

    @Test
    void everyTextATemplateAsksForExistsInSwedishAndInEnglish() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<String> swedish = keys(resolver, "_sv");
        Set<String> english = keys(resolver, "_en");
        Resource[] templates = resolver.getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("the templates").isNotEmpty();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            // literal keys only: #{notices.title} and #{notices.editor.title(${..})}, not #{'notices.status.' + ${..}}
            Matcher key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)").matcher(html);
            while (key.find()) {
                for (var bundle : Map.of("sv", swedish, "en", english).entrySet()) {
                    if (!bundle.getValue().contains(key.group(1))) {
                        missing.computeIfAbsent(template.getFilename() + " (" + bundle.getKey() + ")", t -> new TreeSet<>()).add(key.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("template keys missing from the bundles").isEmpty();
    }

    private static Set<String> keys(PathMatchingResourcePatternResolver resolver, String language) throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource bundle : resolver.getResources("classpath*:**/*" + language + ".properties")) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
