package org.samverkan.inventory.commitment;

import java.time.Instant;

public record CommitmentView(String id, String needId, String offerId, String organizationId, String resourceType,
                             int quantity, String unit, int deliveredQuantity, CommitmentStatus status,
                             String declineReason, Instant changedAt, long version) {
}
