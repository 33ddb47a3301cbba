package org.samverkan.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own URL rules (public pages, anonymous self-registration), applied before the platform's
 * default that everything else needs an authenticated caller.
 */
@FunctionalInterface
public interface HttpAuthorizationCustomizer {
    void customize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
