package org.samverkan.platform.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server validating JWTs from the platform's issuer. Roles come from the
 * {@code roles} claim, the parties a delegate acts for from {@code org_ids} (or the older single {@code org_id}); which roles are internal, delegate and
 * operator is the service's configuration ({@link RoleNames}); which of a delegate's parties a request acts for is
 * decided by {@link ActingForFilter} (the {@code Samverkan-Acting-For} header and the service's {@link PartyStanding}). Health, info and API docs are open; metrics
 * ({@code /actuator/prometheus}, scraped with a client-credentials token) and other actuator endpoints are for operators; everything else needs a token unless a service opens it with an
 * {@link HttpAuthorizationCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({RoleNames.class, JwtSettings.class})
public class SecurityDefaults {

    /**
     * Validates signature, expiry, issuer and audience ({@link JwtSettings}). Keys come from the issuer's JWK set
     * (fetched on first use, so a service starts before the issuer does), or from a fixed public key (tests).
     */
    @Bean
    JwtDecoder jwtDecoder(JwtSettings settings) throws Exception {
        return TokenValidation.decoder(settings);
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter(RoleNames roleNames) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(CurrentUser.ROLES_CLAIM);
        roles.setAuthorityPrefix(CurrentUser.ROLE_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> CurrentUser.withKind(roles.convert(jwt), roleNames));
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain samverkanSecurity(HttpSecurity http, JwtAuthenticationConverter converter, JsonMapper json,
                                          RoleNames roleNames, ObjectProvider<HttpAuthorizationCustomizer> customizers,
                                          ObjectProvider<PartyStanding> standing) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        List<HttpAuthorizationCustomizer> serviceRules = customizers.orderedStream().toList();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> {
                    // Metrics are for operators too: series names and tags say what runs and how busy it is.
                    rules.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    rules.requestMatchers("/error").permitAll();
                    rules.requestMatchers("/actuator/**").hasRole(roleNames.operator());
                    serviceRules.forEach(c -> c.customize(rules));
                    rules.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new ActingForFilter(standing.getIfAvailable(() -> PartyStanding.ALWAYS), problems),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }
}
