package org.samverkan.portal.publicnotices;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags on the public pages: a browser or proxy revalidating an unchanged notice gets 304 and no body. */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/public/*");
        return registration;
    }
}
