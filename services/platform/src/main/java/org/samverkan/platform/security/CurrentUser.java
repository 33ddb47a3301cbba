package org.samverkan.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling: subject, roles and, for a representative, the organisation they speak for. */
public record CurrentUser(String subject, java.util.Set<String> roles, Optional<String> organizationId) {

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken jwt)) {
            return new CurrentUser("anonymous", java.util.Set.of(), Optional.empty());
        }
        java.util.Set<String> roles = new java.util.HashSet<>();
        auth.getAuthorities().forEach(a -> {
            if (a.getAuthority().startsWith("ROLE_")) {
                roles.add(a.getAuthority().substring(5));
            }
        });
        return new CurrentUser(jwt.getName(), java.util.Set.copyOf(roles),
                Optional.ofNullable(jwt.getToken().getClaimAsString(Roles.ORGANIZATION_CLAIM)));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /**
     * True if the caller is municipal staff: crisis staff, communications, the equality lead or a registry
     * administrator. An allow-list: operators (machine accounts) and unknown roles are not staff.
     */
    public boolean isStaff() {
        return roles.stream().anyMatch(Roles.STAFF::contains);
    }

    /** True if the caller represents exactly this organisation. */
    public boolean represents(String organizationId) {
        return has(Roles.REPRESENTATIVE) && organizationId != null && organizationId.equals(this.organizationId.orElse(null));
    }
}
