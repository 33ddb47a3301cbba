package org.samverkan.communications.feed;

import org.samverkan.platform.security.HttpAuthorizationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Residents read public notices without an account (GET under /public); intermediaries answer by signed link. */
@Configuration(proxyBeanMethods = false)
class PublicAccess {
    @Bean
    HttpAuthorizationCustomizer publicNotices() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/public/**").permitAll();
            // Answers by signed link: the controller checks the link's HMAC token, no account is involved.
            rules.requestMatchers(HttpMethod.POST, "/public/notices/*/deliveries/*/acknowledgement",
                    "/public/notices/*/deliveries/*/relays").permitAll();
        };
    }
}
