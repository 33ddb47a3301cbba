package org.samverkan.communications.translation;

import org.samverkan.platform.security.HttpAuthorizationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** A volunteer translator has no account: sending the translation is authorised by the link's signature alone. */
@Configuration(proxyBeanMethods = false)
class TranslatorAccess {
    @Bean
    HttpAuthorizationCustomizer translatorsLink() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/public/translation-requests/*/*/translation").permitAll();
    }
}
