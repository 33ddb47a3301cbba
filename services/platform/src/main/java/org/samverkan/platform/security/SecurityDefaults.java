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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server validating JWTs from the platform's issuer. Roles come from the
 * {@code roles} claim, the party a delegate acts for from {@code org_id}; which roles are internal, delegate and
 * operator is the service's configuration ({@link RoleNames}). Health, info, metrics scraping and API docs are open;
 * other actuator endpoints are for operators; everything else needs a token unless a service opens it with an
 * {@link HttpAuthorizationCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(RoleNames.class)
public class SecurityDefaults {

    /**
     * Validates signature, expiry and issuer. Keys come from the issuer's JWK set (fetched on first use, so a
     * service starts before the issuer does), or from a fixed public key where one is configured (tests).
     */
    @Bean
    JwtDecoder jwtDecoder(Environment env) throws Exception {
        String issuer = env.getProperty("samverkan.security.jwt.issuer", "");
        String publicKey = env.getProperty("samverkan.security.jwt.public-key-location", "");
        NimbusJwtDecoder decoder;
        if (!publicKey.isBlank()) {
            try (var in = new DefaultResourceLoader().getResource(publicKey).getInputStream()) {
                decoder = NimbusJwtDecoder.withPublicKey(RsaKeyConverters.x509().convert(in)).build();
            }
        } else {
            decoder = NimbusJwtDecoder.withJwkSetUri(env.getRequiredProperty("samverkan.security.jwt.jwk-set-uri")).build();
        }
        decoder.setJwtValidator(issuer.isBlank() ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
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
                                          RoleNames roleNames, ObjectProvider<HttpAuthorizationCustomizer> customizers) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        List<HttpAuthorizationCustomizer> serviceRules = customizers.orderedStream().toList();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    rules.requestMatchers("/error").permitAll();
                    rules.requestMatchers("/actuator/**").hasRole(roleNames.operator());
                    serviceRules.forEach(c -> c.customize(rules));
                    rules.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
