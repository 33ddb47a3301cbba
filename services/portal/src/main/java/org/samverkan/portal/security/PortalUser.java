package org.samverkan.portal.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The logged-in user as the templates see it: display name, roles and, for a representative, the organisation
 * they speak for. {@link #ANONYMOUS} on public pages.
 */
public record PortalUser(boolean loggedIn, String name, Set<String> roles, String organizationId) {
    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANIZATION_CLAIM = "org_id";
    public static final PortalUser ANONYMOUS = new PortalUser(false, null, Set.of(), null);

    public static PortalUser of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return ANONYMOUS;
        }
        List<String> roles = user.getIdToken().getClaimAsStringList(ROLES_CLAIM);
        String name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        return new PortalUser(true, name, roles == null ? Set.of() : Set.copyOf(roles),
                user.getIdToken().getClaimAsString(ORGANIZATION_CLAIM));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isRepresentative() {
        return has(PagesByRole.REP);
    }

    public boolean isRegistryAdmin() {
        return has(PagesByRole.ADMIN);
    }

    public boolean isCrisisStaff() {
        return has(PagesByRole.STAFF);
    }

    public boolean isCommunications() {
        return has(PagesByRole.COMMS);
    }

    public boolean isEqualityLead() {
        return has(PagesByRole.EQUALITY);
    }

    /** Reads notices, dashboards and follow-up: crisis staff, communications officers and the equality lead. */
    public boolean isMunicipalReader() {
        return isCrisisStaff() || isCommunications() || isEqualityLead();
    }
}
