package org.samverkan.platform.security;

/**
 * The platform's roles, as they appear in the {@code roles} claim of an access token. Spring authorities are
 * {@code ROLE_<role>}; use {@code hasRole('crisis-staff')} in authorisation rules.
 */
public final class Roles {
    public static final String CRISIS_STAFF = "crisis-staff";
    public static final String COMMUNICATIONS_OFFICER = "communications-officer";
    public static final String EQUALITY_LEAD = "equality-lead";
    /** An association or faith-community representative; the token also carries {@code org_id}. */
    public static final String REPRESENTATIVE = "representative";
    public static final String REGISTRY_ADMIN = "registry-admin";
    /** Runs the platform: dead-letter replay and other actuator operations. */
    public static final String OPERATOR = "operator";

    /** The municipality's own people, as opposed to representatives and operators. */
    public static final java.util.Set<String> STAFF = java.util.Set.of(CRISIS_STAFF, COMMUNICATIONS_OFFICER, EQUALITY_LEAD, REGISTRY_ADMIN);

    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANIZATION_CLAIM = "org_id";

    private Roles() {
    }
}
