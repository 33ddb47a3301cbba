package org.samverkan.portal.security;

import java.util.Arrays;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The portal refuses to start with a missing or demo client secret unless the explicit {@code demo} profile is
 * active (./samverkan up), so a production deployment cannot run on a secret printed in the docs.
 */
@Configuration(proxyBeanMethods = false)
class DemoSecretGuard {
    static final String DEMO_PROFILE = "demo";
    static final Set<String> DEMO_SECRETS = Set.of("portal-secret", "demo-secret");

    DemoSecretGuard(Environment env, @Value("${spring.security.oauth2.client.registration.samverkan.client-secret:}") String secret) {
        check(Arrays.asList(env.getActiveProfiles()).contains(DEMO_PROFILE), secret);
    }

    static void check(boolean demo, String secret) {
        if (demo) {
            return;
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("PORTAL_CLIENT_SECRET (the portal's OIDC client secret) is required");
        }
        if (DEMO_SECRETS.contains(secret)) {
            throw new IllegalStateException("PORTAL_CLIENT_SECRET is a demo secret; it is allowed only in the demo profile");
        }
    }
}
