package org.samverkan.portal.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.samverkan.portal.PortalProperties;

/**
 * Two filter chains. Public pages, static files and health are stateless and cacheable (no session, no
 * security cache headers). Everything else is the logged-in portal: OIDC login (authorization code + PKCE) at
 * the platform's issuer, CSRF-protected forms, and one URL prefix per user group so each user sees only what
 * their role allows. The services check the same roles again on every call. Both send the same security headers
 * ({@link SecurityHeaders}: a strict Content-Security-Policy and friends).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {
    static final String REGISTRATION = "samverkan";
    static final String OPERATOR = "operator";

    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http, PortalProperties properties) throws Exception {
        http.securityMatcher(request -> {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    return path.startsWith("/public/") || path.equals("/public") || path.equals("/api/reference-data")
                            || path.startsWith("/css/") || path.startsWith("/fonts/")
                            || path.startsWith("/webjars/") || path.startsWith("/img/") || path.equals("/favicon.ico")
                            || EndpointRequest.to("health", "info").matches(request);
                })
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable()) // read-only GET pages
                .headers(SecurityHeaders.on(properties.endSessionUrl()))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, ClientRegistrationRepository clients, PortalProperties properties)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/", "/error", "/login/**", "/oauth2/**", "/forbidden").permitAll();
                    // Metrics say what runs and how busy it is: operators only (the services ask the same).
                    rules.requestMatchers(EndpointRequest.to("prometheus")).hasRole(OPERATOR);
                    PagesByRole.apply(rules);
                    rules.anyRequest().authenticated();
                })
                // No login page of our own: unauthenticated users go straight to the issuer's login form.
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .defaultSuccessUrl("/start")
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RoleAuthorities())))
                .logout(logout -> logout.logoutSuccessHandler(new IssuerLogout(properties.endSessionUrl())))
                .headers(SecurityHeaders.on(properties.endSessionUrl()))
                .exceptionHandling(e -> e.accessDeniedPage("/forbidden"));
        return http.build();
    }
}
