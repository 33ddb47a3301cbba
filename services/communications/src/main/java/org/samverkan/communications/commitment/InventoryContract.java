package org.samverkan.communications.commitment;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventTypes;

/**
 * Communications' own copy of the inventory's contracts it reads: a need's public state, and a proposed commitment.
 * Neither carries personal data: organisations and public facts of a need.
 */
final class InventoryContract {
    static final String[] COMMITMENT_TYPES_NOT_READ = {"org.samverkan.inventory.CommitmentAccepted",
            "org.samverkan.inventory.CommitmentDeclined", "org.samverkan.inventory.CommitmentDelivered"};

    private InventoryContract() {
    }

    @EventTypes({"org.samverkan.inventory.NeedRaised", "org.samverkan.inventory.NeedUpdated", "org.samverkan.inventory.NeedClosed"})
    record NeedState(String needId, String resourceType, String description, int quantity, String unit, List<String> areas,
                     Instant neededBy, String status) {
    }

    @EventTypes("org.samverkan.inventory.CommitmentProposed")
    record Proposed(String commitmentId, String needId, String organizationId, String resourceType, int quantity, String unit) {
    }
}
