package org.samverkan.inventory.need;

import java.time.Instant;
import java.util.List;

/** A need's public state; {@code reportedBy} is the reporting organisation, absent when staff raised it. */
public record NeedView(String id, String resourceType, String description, int quantity, String unit,
                       int deliveredQuantity, List<String> areas, List<String> targetGroups, List<String> languages,
                       Urgency urgency, Instant neededBy, NeedStatus status, String reportedBy, String closeReason,
                       Instant changedAt, long version) {
    /** What is still to be delivered; never negative. */
    public int outstanding() {
        return Math.max(0, quantity - deliveredQuantity);
    }
}
