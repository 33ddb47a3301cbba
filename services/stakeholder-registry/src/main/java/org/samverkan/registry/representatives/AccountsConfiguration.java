package org.samverkan.registry.representatives;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The accounts the registry manages at the identity provider. Outside the explicit {@code demo} profile a demo
 * secret refuses to start (as the portal's DemoSecretGuard); without a secret accounts are unavailable: verification
 * works, invitations wait (dead-lettered, to replay) and the representatives API answers 503.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountsProperties.class)
class AccountsConfiguration {
    static final String DEMO_PROFILE = "demo";
    static final Set<String> DEMO_SECRETS = Set.of("registry-secret", "demo-secret", "portal-secret");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccountsConfiguration.class);

    @Bean
    Accounts accounts(AccountsProperties properties, Environment env, Clock clock) {
        check(Arrays.asList(env.getActiveProfiles()).contains(DEMO_PROFILE), properties.clientSecret());
        if (!properties.configured()) {
            log.warn("samverkan.accounts.client-secret is not set: representatives cannot be invited or removed");
            return new Unavailable();
        }
        return new KeycloakAccounts(new KeycloakAdmin(properties, clock), properties);
    }

    static void check(boolean demo, String secret) {
        if (!demo && secret != null && DEMO_SECRETS.contains(secret)) {
            throw new IllegalStateException("REGISTRY_ACCOUNTS_CLIENT_SECRET is a demo secret; it is allowed only in the demo profile");
        }
    }

    /** No identity provider configured: every account operation is refused as unavailable. */
    static final class Unavailable implements Accounts {
        private static AccountsUnavailable refused() {
            return new AccountsUnavailable("No identity provider is configured for the registry (samverkan.accounts)", 0, null);
        }

        @Override
        public String invite(String email, String organizationId) {
            throw refused();
        }

        @Override
        public boolean remove(String accountId, String organizationId) {
            throw refused();
        }

        @Override
        public void delete(String accountId) {
            throw refused();
        }
    }
}
