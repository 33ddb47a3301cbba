package org.samverkan.platform.store;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A service whose store is down answers quickly and honestly: bounded driver timeouts, 503 with Retry-After (see
 * {@code ProblemDetailsAdvice}), readiness DOWN until the store is back, public pages from their last rendering.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreOutageConfiguration {

    @Bean
    StoreAvailability storeAvailability() {
        return new StoreAvailability();
    }

    @Bean
    StoreClientSettings storeClientSettings(StoreProperties properties, StoreAvailability availability) {
        return new StoreClientSettings(properties, availability);
    }

    /** Named "store" in health groups ({@code management.endpoint.health.group.readiness.include}). */
    @Bean
    StoreHealthIndicator storeHealthIndicator(StoreAvailability availability) {
        return new StoreHealthIndicator(availability);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer quietPooledSchedulerDuringOutage() {
        return scheduler -> scheduler.setErrorHandler(new QuietDuringOutage());
    }

    /** The scheduler Spring Boot builds when virtual threads are enabled. */
    @Bean
    SimpleAsyncTaskSchedulerCustomizer quietVirtualSchedulerDuringOutage() {
        return scheduler -> scheduler.setErrorHandler(new QuietDuringOutage());
    }

    @Bean
    FilterRegistrationBean<LastRenderedPages> lastRenderedPages(StoreProperties properties) {
        FilterRegistrationBean<LastRenderedPages> registration =
                new FilterRegistrationBean<>(new LastRenderedPages(properties.lastRenderedPaths(), java.util.List.of()));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        registration.setEnabled(!properties.lastRenderedPaths().isEmpty());
        return registration;
    }
}
