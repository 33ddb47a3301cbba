package org.samverkan.platform;

import java.time.Clock;

import org.samverkan.platform.ratelimit.AnonymousWriteLimit;
import org.samverkan.platform.ratelimit.RateLimitProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The anonymous-write limit, as a servlet filter ahead of security: a refused flood costs no token parsing. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RateLimitProperties.class)
public class PlatformRateLimitAutoConfiguration {
    @Bean
    FilterRegistrationBean<AnonymousWriteLimit> anonymousWriteLimit(RateLimitProperties properties, ObjectProvider<Clock> clock) {
        FilterRegistrationBean<AnonymousWriteLimit> registration =
                new FilterRegistrationBean<>(new AnonymousWriteLimit(properties, clock.getIfAvailable(Clock::systemUTC)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
