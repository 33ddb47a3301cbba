package org.samverkan.portal.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web fonts under {@code static/fonts} (see its README) are cached for a year and never revalidated: their
 * path names the npm package version they came from, so a changed font is a new URL, and a resident on a slow
 * connection downloads a script's font once. The stylesheet itself keeps Spring's default (revalidated), since
 * its URL does not change between releases.
 */
@Configuration(proxyBeanMethods = false)
class BundledFonts implements WebMvcConfigurer {
    static final String PATH = "/fonts/**";
    static final CacheControl CACHING = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH).addResourceLocations("classpath:/static/fonts/").setCacheControl(CACHING);
    }
}
