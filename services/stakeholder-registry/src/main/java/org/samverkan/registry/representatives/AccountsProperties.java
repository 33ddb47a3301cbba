package org.samverkan.registry.representatives;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The registry's own client at the identity provider (Keycloak), which manages representatives' accounts through
 * its admin API: {@code realm-url} is the realm's issuer, the client a confidential one with client credentials and
 * realm-management's manage-users and view-users. A blank secret leaves accounts unavailable (503 problems).
 */
@ConfigurationProperties("samverkan.accounts")
record AccountsProperties(String realmUrl, String clientId, String clientSecret, String invitationClient,
                          String redirectUri, Duration invitationLifespan, Duration timeout) {

    boolean configured() {
        return clientSecret != null && !clientSecret.isBlank() && realmUrl != null && !realmUrl.isBlank();
    }

    /** {@code http://host/realms/x} → {@code http://host/admin/realms/x}. */
    String adminUrl() {
        int realms = realmUrl.lastIndexOf("/realms/");
        return realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
    }

    String tokenUrl() {
        return realmUrl + "/protocol/openid-connect/token";
    }
}
