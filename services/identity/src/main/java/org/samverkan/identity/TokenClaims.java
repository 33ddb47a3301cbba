package org.samverkan.identity;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Adds the platform claims to access tokens and ID tokens: {@code roles} (array of role names),
 * {@code org_id} for organisation representatives and {@code preferred_username}. Client-credentials
 * tokens get the roles configured on the client. Access tokens name the services' audience.
 *
 * <p>Retired from the local stack and docker-compose (Keycloak is the identity provider, ADR 0012); kept only as
 * the in-process issuer of the portal's browser tests until those run against Keycloak.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {
    static final String SERVICES_AUDIENCE = "samverkan-services";
    private final Environment env;

    TokenClaims(Environment env) {
        this.env = env;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!isAccessOrIdToken(context.getTokenType())) {
            return;
        }
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            // The services check their audience, as Keycloak's audience mapper sets it.
            context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), SERVICES_AUDIENCE));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            List<String> roles = context.getRegisteredClient().getClientSettings()
                    .getSetting(DemoClients.CLIENT_ROLES_SETTING);
            context.getClaims().claim("roles", roles == null ? List.of() : roles);
            return;
        }
        String username = context.getPrincipal().getName();
        DemoUsers.find(username).ifPresent(user -> context.getClaims().claims(claims -> {
            claims.put("roles", user.roles());
            claims.put("preferred_username", user.username());
            // A demo representative can be linked to a registered organisation, e.g.
            // samverkan.identity.representatives.rep1=<organisation id>; otherwise the seeded demo-org-N. Several ids,
            // comma-separated, make a representative of several organisations (org_ids, as Keycloak issues it).
            user.orgId().map(seeded -> env.getProperty("samverkan.identity.representatives." + user.username(), seeded))
                    .map(ids -> List.of(ids.split(",")))
                    .ifPresent(ids -> claims.put(ids.size() == 1 ? "org_id" : "org_ids", ids.size() == 1 ? ids.getFirst() : ids));
        }));
    }

    private static boolean isAccessOrIdToken(OAuth2TokenType type) {
        return OAuth2TokenType.ACCESS_TOKEN.equals(type) || OidcParameterNames.ID_TOKEN.equals(type.getValue());
    }
}
