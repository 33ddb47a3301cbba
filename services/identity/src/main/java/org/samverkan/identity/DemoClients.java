package org.samverkan.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registered OAuth2 clients:
 * <ul>
 * <li>{@code samverkan-portal}: the web portal (confidential, secret {@code samverkan.identity.portal-client-secret},
 * env {@code PORTAL_CLIENT_SECRET} as the portal reads it, default {@code portal-secret}),
 * authorization code + PKCE + refresh token;</li>
 * <li>{@code samverkan-cli}: public client for command-line tools (authorization code + PKCE);</li>
 * <li>{@code samverkan-demo}: confidential machine client (secret {@code demo-secret}),
 * client credentials, tokens carry {@code roles: ["operator"]}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DemoClients {

    /** Client setting holding the roles put into client-credentials tokens. */
    static final String CLIENT_ROLES_SETTING = "samverkan.client.roles";

    private static final TokenSettings TOKENS = TokenSettings.builder()
            .accessTokenTimeToLive(Duration.ofMinutes(30))
            .refreshTokenTimeToLive(Duration.ofHours(8))
            .reuseRefreshTokens(false)
            .build();

    @Bean
    RegisteredClientRepository registeredClientRepository(PasswordEncoder passwordEncoder,
            // Where the portal runs; tests run it on a free port. Login returns to {base}/login/oauth2/code/samverkan.
            @Value("${samverkan.identity.portal-base-url:http://localhost:8080}") String portalBaseUrl,
            // The same secret the portal sends (both read PORTAL_CLIENT_SECRET), so changing it changes both.
            @Value("${samverkan.identity.portal-client-secret:portal-secret}") String portalSecret) {
        return new InMemoryRegisteredClientRepository(
                portal(passwordEncoder.encode(portalSecret), portalBaseUrl),
                cli(),
                demo(passwordEncoder.encode("demo-secret")));
    }

    private static RegisteredClient portal(String secretHash, String baseUrl) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("samverkan-portal")
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(baseUrl + "/login/oauth2/code/samverkan")
                .postLogoutRedirectUri(baseUrl + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TOKENS)
                .build();
    }

    private static RegisteredClient cli() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("samverkan-cli")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1:8999/callback")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TOKENS)
                .build();
    }

    private static RegisteredClient demo(String secretHash) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("samverkan-demo")
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(CLIENT_ROLES_SETTING, List.of(Roles.OPERATOR))
                        .build())
                .tokenSettings(TOKENS)
                .build();
    }
}
