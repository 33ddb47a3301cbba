package org.samverkan.inventory.messaging;

/**
 * The stakeholder registry's published organisation events, as this service reads them: only the fields it
 * needs, from the documented contract (docs/events.md), never the registry's classes. Unknown fields are ignored.
 */
final class RegistryContract {
    static final String TOPIC = "samverkan.registry.organization";
    static final String REGISTERED = "org.samverkan.registry.OrganizationRegistered";
    static final String VERIFIED = "org.samverkan.registry.OrganizationVerified";
    static final String SUSPENDED = "org.samverkan.registry.OrganizationSuspended";
    static final String PROFILE_CHANGED = "org.samverkan.registry.OrganizationProfileChanged";
    static final String MERGED = "org.samverkan.registry.OrganizationMerged";
    /** Every one of these carries the organisation's whole public state, so each is applied the same way. */
    static final java.util.Set<String> STATE_EVENTS = java.util.Set.of(REGISTERED, PROFILE_CHANGED, VERIFIED, SUSPENDED, MERGED);

    private RegistryContract() {
    }

    /** Every organisation event carries the organisation's public state after the change. */
    record OrganizationState(String organizationId, String name, String status) {
    }
}
