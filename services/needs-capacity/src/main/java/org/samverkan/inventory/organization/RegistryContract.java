package org.samverkan.inventory.organization;

import java.util.List;

import org.samverkan.platform.events.EventTypes;

/**
 * The stakeholder registry's published organisation events, as this service reads them: only the fields it
 * needs, from the documented contract (docs/asyncapi.yaml), never the registry's classes. Unknown fields are ignored.
 */
final class RegistryContract {
    static final String TOPIC = "samverkan.registry.organization";

    private RegistryContract() {
    }

    /** Every one of these carries the organisation's whole public state after the change, so each is applied alike. */
    @EventTypes({"org.samverkan.registry.OrganizationRegistered", "org.samverkan.registry.OrganizationProfileChanged",
            "org.samverkan.registry.OrganizationVerified", "org.samverkan.registry.OrganizationSuspended",
            "org.samverkan.registry.OrganizationMerged"})
    record OrganizationState(String organizationId, String name, String status, Reach reach) {
    }

    /** The codes of whom the organisation reaches; its channels are not read here. Absent in events before reach existed. */
    record Reach(List<String> areas, List<String> languages, List<String> targetGroups) {
    }
}
