package org.samverkan.portal.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The logged-in user as the templates see it: display name, roles and, for a representative, the organisations
 * the token lists and the one they act for now: their only one, or the one chosen on "My organisations"
 * ({@link ActingOrganisation}). {@link #ANONYMOUS} on public pages.
 */
public record PortalUser(boolean loggedIn, String name, Set<String> roles, String organizationId, List<String> organizationIds) {
    public static final String ROLES_CLAIM = "roles";
    /** Keycloak's multivalued user attribute; the older single {@code org_id} is still read. */
    public static final String ORGANIZATIONS_CLAIM = "org_ids";
    public static final String ORGANIZATION_CLAIM = "org_id";
    public static final PortalUser ANONYMOUS = new PortalUser(false, null, Set.of(), null, List.of());

    public static PortalUser of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return ANONYMOUS;
        }
        List<String> roles = user.getIdToken().getClaimAsStringList(ROLES_CLAIM);
        String name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        List<String> organisations = organisations(user);
        Set<String> platformRoles = roles == null ? Set.of()
                : roles.stream().filter(PagesByRole.PLATFORM_ROLES::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new PortalUser(true, name, platformRoles,
                actingFor(organisations, ActingOrganisation.chosen()), organisations);
    }

    /** The organisation acted for: the only one, or the chosen one if the token lists it; with several unchosen, none. */
    static String actingFor(List<String> organisations, String chosen) {
        if (organisations.size() == 1) {
            return organisations.getFirst();
        }
        return chosen != null && organisations.contains(chosen) ? chosen : null;
    }

    private static List<String> organisations(OidcUser user) {
        List<String> listed = user.getIdToken().hasClaim(ORGANIZATIONS_CLAIM)
                ? user.getIdToken().getClaimAsStringList(ORGANIZATIONS_CLAIM) : null;
        if (listed == null) {
            String single = user.getIdToken().getClaimAsString(ORGANIZATION_CLAIM);
            return single == null || single.isBlank() ? List.of() : List.of(single);
        }
        return listed.stream().filter(o -> o != null && !o.isBlank()).distinct().toList();
    }

    /** A representative of more than one organisation, who chooses on "My organisations" which one they act for. */
    public boolean representsSeveral() {
        return isRepresentative() && organizationIds.size() > 1;
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
