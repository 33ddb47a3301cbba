package org.samverkan.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's rules for what a client may send, in one place for every service: request bodies never carry a
 * null inside a list or map and stay within {@link InputBounds}; query dates too; the container's own refusals
 * answer problem+json like everything else.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformWebConfiguration {

    @Bean
    static BoundedRequestBodies boundedRequestBodies(ObjectProvider<JsonMapper> json) {
        return new BoundedRequestBodies(json);
    }

    @Bean
    BoundedQueryParameters boundedQueryParameters() {
        return new BoundedQueryParameters();
    }

    @Bean
    BoundsInApiDocumentation boundsInApiDocumentation() {
        return new BoundsInApiDocumentation();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(ProblemErrorReportValve::install);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(JsonMapper json,
                                                              @Value("${samverkan.web.max-body-size:4MB}") DataSize limit) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(json, limit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLineGuard> requestLineGuard(JsonMapper json) {
        FilterRegistrationBean<RequestLineGuard> registration = new FilterRegistrationBean<>(new RequestLineGuard(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
