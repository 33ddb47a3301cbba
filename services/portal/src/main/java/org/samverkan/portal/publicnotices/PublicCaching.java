package org.samverkan.portal.publicnotices;

import java.util.List;

import org.samverkan.platform.store.LastRenderedPages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the public pages: a browser or proxy revalidating an unchanged notice gets 304 and no body. While
 * communications cannot answer (its store or itself down), each public page is served as last rendered, per
 * interface language; a page never rendered since start is the 503 page in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/public/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<LastRenderedPages> lastRenderedPublicPages() {
        FilterRegistrationBean<LastRenderedPages> registration = new FilterRegistrationBean<>(
                new LastRenderedPages(List.of("/public/notices", "/public/notices/*/*"), List.of("portal-lang"))); // the interface language (LocaleConfig)
        registration.addUrlPatterns("/public/*");
        return registration;
    }
}
