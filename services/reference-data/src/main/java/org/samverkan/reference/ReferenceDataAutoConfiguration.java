package org.samverkan.reference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/** Loads the municipality's reference data at start: {@code samverkan.reference-data.location} (default: the Huddinge sample). */
@AutoConfiguration
public class ReferenceDataAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ReferenceData referenceData(@Value("${samverkan.reference-data.location:classpath:reference-data/huddinge.yaml}") Resource location) {
        return ReferenceDataLoader.load(location);
    }
}
