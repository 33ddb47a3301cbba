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
    /** Keycloak's multivalued user attribute; the older single {@code org_id} is still read. */
    public static final String ORGANIZATIONS_CLAIM = "org_ids";
    public static final String ORGANIZATION_CLAIM = "org_id";
    public static final PortalUser ANONYMOUS = new PortalUser(false, null, Set.of(), null);

    public static PortalUser of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return ANONYMOUS;
        }
        List<String> roles = user.getIdToken().getClaimAsStringList(ROLES_CLAIM);
        String name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        return new PortalUser(true, name, roles == null ? Set.of() : Set.copyOf(roles), organisation(user));
    }

    /** The one organisation the token names; with several, none until the portal lets the person choose. */
    private static String organisation(OidcUser user) {
        List<String> listed = user.getIdToken().hasClaim(ORGANIZATIONS_CLAIM)
                ? user.getIdToken().getClaimAsStringList(ORGANIZATIONS_CLAIM) : null;
        if (listed != null) {
            return listed.size() == 1 ? listed.getFirst() : null;
        }
        return user.getIdToken().getClaimAsString(ORGANIZATION_CLAIM);
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
