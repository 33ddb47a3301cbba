package org.samverkan.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every interface text exists in Swedish and in English: a missing key would show as ??key?? on a page. */
class InterfaceTextsTest {

    @Test
    void everySwedishTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Resource[] bundles = resolver.getResources("classpath*:**/*_sv.properties");
        assertThat(bundles).as("the Swedish bundles: messages and one per feature package").hasSizeGreaterThanOrEqualTo(7);
        for (Resource swedish : bundles) {
            String name = swedish.getFilename();
            Resource english = swedish.createRelative(name.replace("_sv.properties", "_en.properties"));
            assertThat(english.exists()).as("English bundle for %s", name).isTrue();
            assertThat(load(english).stringPropertyNames()).as("keys of %s", name)
                    .containsExactlyInAnyOrderElementsOf(load(swedish).stringPropertyNames());
        }
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
