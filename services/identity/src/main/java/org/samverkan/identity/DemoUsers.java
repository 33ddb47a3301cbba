package org.samverkan.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The seeded demo accounts. Every account's password is {@value #DEMO_PASSWORD}; this issuer is
 * for local runs and demos only.
 */
@Configuration(proxyBeanMethods = false)
class DemoUsers {

    static final String DEMO_PASSWORD = "demo";

    static final List<DemoUser> ALL = List.of(
            DemoUser.of("staff", Roles.CRISIS_STAFF),
            DemoUser.of("comms", Roles.COMMUNICATIONS_OFFICER),
            DemoUser.of("equality", Roles.EQUALITY_LEAD),
            DemoUser.of("admin", Roles.REGISTRY_ADMIN),
            DemoUser.of("operator", Roles.OPERATOR),
            DemoUser.representative("rep1", "demo-org-1"),
            DemoUser.representative("rep2", "demo-org-2"),
            // Of several organisations in the portal's browser tests (samverkan.identity.representatives.rep3=<a>,<b>).
            DemoUser.representative("rep3", "demo-org-3"));

    private static final Map<String, DemoUser> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));

    static Optional<DemoUser> find(String username) {
        return Optional.ofNullable(BY_NAME.get(username));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(PasswordEncoder passwordEncoder) {
        String hash = passwordEncoder.encode(DEMO_PASSWORD); // one bcrypt round-trip, shared by all
        return new InMemoryUserDetailsManager(ALL.stream()
                .map(user -> User.withUsername(user.username())
                        .password(hash)
                        .authorities(user.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new))
                        .build())
                .toList());
    }
}
