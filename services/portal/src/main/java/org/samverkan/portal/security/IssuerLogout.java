package org.samverkan.portal.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing out ends the issuer's session too (OIDC RP-initiated logout), so the next person at a shared computer
 * must log in again. The issuer's end-session endpoint is configured ({@code samverkan.portal.end-session-url};
 * Keycloak: {@code <issuer>/protocol/openid-connect/logout}) because the portal does not fetch the discovery
 * document at start (it must start before the issuer does).
 */
class IssuerLogout implements LogoutSuccessHandler {
    private final URI endSession;

    IssuerLogout(URI endSession) {
        this.endSession = endSession;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String home = ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUriString();
        if (!(authentication != null && authentication.getPrincipal() instanceof OidcUser user)) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(UriComponentsBuilder.fromUri(endSession)
                .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                .queryParam("post_logout_redirect_uri", home)
                .encode().build().toUriString());
    }
}
