package org.samverkan.reference;

import org.samverkan.platform.security.HttpAuthorizationCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;

/**
 * Loads the municipality's reference data at start: {@code samverkan.reference-data.location} (environment
 * {@code SAMVERKAN_REFERENCE_DATA_LOCATION}; default: the Huddinge sample), and serves it as {@code GET /api/reference-data}.
 */
@AutoConfiguration
public class ReferenceDataAutoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    ReferenceData referenceData(@Value("${samverkan.reference-data.location:classpath:reference-data/huddinge.yaml}") Resource location) {
        ReferenceData data = ReferenceDataLoader.load(location);
        // Which municipality a service speaks for is the first thing to check when codes are refused.
        log.info("Reference data of {}{} from {}: {} areas, {} languages, {} target groups{}", data.municipality(),
                data.municipalityCode().map(c -> " (" + c + ")").orElse(""), location.getDescription(), data.areas().size(),
                data.languages().size(), data.targetGroups().size(), data.illustrative() ? "; figures are ILLUSTRATIVE" : "");
        return data;
    }

    @Bean
    @ConditionalOnWebApplication
    ReferenceDataController referenceDataController(ReferenceData data) {
        return new ReferenceDataController(data);
    }

    /** Codes and names are public: forms for anonymous sign-up need them, and they hold nothing personal. */
    @Bean
    @ConditionalOnWebApplication
    HttpAuthorizationCustomizer publicReferenceData() {
        return rules -> rules.requestMatchers(HttpMethod.GET, ReferenceDataController.PATH).permitAll();
    }
}
