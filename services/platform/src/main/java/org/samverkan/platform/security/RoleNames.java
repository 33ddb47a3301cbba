package org.samverkan.platform.security;

import java.util.Collection;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which values of the {@code roles} claim the platform gives a meaning to. The platform knows three kinds of
 * caller; a service names the roles of each in its configuration, under {@code samverkan.security.roles}:
 * <ul>
 *   <li>{@code internal}: the roles of the platform owner's own people, who may see across parties. An allow-list:
 *       an operator (a machine account) or an unknown role is not internal.</li>
 *   <li>{@code delegate}: the role of someone who acts for one outside party, whose id the token carries in
 *       {@code org_id} ({@link CurrentUser#represents}).</li>
 *   <li>{@code operator}: runs the platform, e.g. dead-letter replay and other actuator endpoints; {@code operator}
 *       unless configured otherwise.</li>
 * </ul>
 * Spring authorities are {@code ROLE_<role>}; use {@code hasRole('<role>')} in authorisation rules.
 */
@Validated
@ConfigurationProperties("samverkan.security.roles")
public record RoleNames(@NotEmpty Set<@NotBlank String> internal, @NotBlank String delegate, @NotBlank String operator) {

    public boolean anyInternal(Collection<String> roles) {
        return roles.stream().anyMatch(internal::contains);
    }
}
