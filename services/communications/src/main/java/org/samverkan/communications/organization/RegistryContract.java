package org.samverkan.communications.messaging;

import java.util.List;
import java.util.Set;

/**
 * The stakeholder registry's organisation events as communications reads them: only the fields it needs, from the
 * documented contract (docs/asyncapi.yaml), never the registry's classes. Unknown fields are ignored.
 */
final class RegistryContract {
    static final String TOPIC = "samverkan.registry.organization";
    /** Every one of these carries the organisation's whole public state, so each is applied the same way. */
    static final Set<String> STATE_EVENTS = Set.of("org.samverkan.registry.OrganizationRegistered",
            "org.samverkan.registry.OrganizationProfileChanged", "org.samverkan.registry.OrganizationVerified",
            "org.samverkan.registry.OrganizationSuspended", "org.samverkan.registry.OrganizationMerged");

    private RegistryContract() {
    }

    record OrganizationState(String organizationId, String name, String status, Reach reach) {
    }

    record Reach(List<String> areas, List<String> languages, List<String> targetGroups) {
    }
}
