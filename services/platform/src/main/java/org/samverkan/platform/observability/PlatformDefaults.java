package org.samverkan.platform.observability;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform's defaults (samverkan-platform-defaults.properties) with the lowest precedence, so every
 * service gets the same infrastructure variables, probes, metrics and tracing, and may still override any of it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new PropertiesPropertySourceLoader()
                    .load("samverkan-platform-defaults", new ClassPathResource("samverkan-platform-defaults.properties"));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new IllegalStateException("Platform defaults could not be read", e);
        }
    }
}
