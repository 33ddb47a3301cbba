package org.samverkan.portal.security;

import java.net.URI;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers every portal page carries, public or logged in. The Content-Security-Policy allows scripts, styles
 * and everything else only from the portal itself, so injected markup cannot run; the templates have no inline
 * script, style or event handler (htmx's own indicator style is switched off in the layout). Forms may post to the
 * portal and lead on to the issuer: signing out redirects a form post to its end-session endpoint, and browsers
 * apply {@code form-action} to that redirect too.
 */
final class SecurityHeaders {
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    static String policy(URI issuer) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self'" + (issuer == null || issuer.getHost() == null ? "" : " " + origin(issuer));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> on(URI issuer) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy(issuer)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
