package org.samverkan.identity;

/** The platform's role names, as they appear in the {@code roles} claim. */
final class Roles {

    static final String CRISIS_STAFF = "crisis-staff";
    static final String COMMUNICATIONS_OFFICER = "communications-officer";
    static final String EQUALITY_LEAD = "equality-lead";
    static final String REPRESENTATIVE = "representative";
    static final String REGISTRY_ADMIN = "registry-admin";
    static final String OPERATOR = "operator";

    private Roles() {
    }
}
