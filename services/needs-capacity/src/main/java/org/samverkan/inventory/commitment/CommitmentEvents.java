package org.samverkan.inventory.commitment;

import java.time.Instant;

import org.samverkan.platform.events.EventType;

/** The inventory's published contract for commitments (topic {@value #TOPIC}, key = commitment id); full state each time. */
public final class CommitmentEvents {
    public static final String TOPIC = "samverkan.inventory.commitment";

    private CommitmentEvents() {
    }

    @EventType("org.samverkan.inventory.CommitmentProposed")
    public record CommitmentProposed(String commitmentId, String needId, String offerId, String organizationId,
                                     String resourceType, int quantity, String unit, int deliveredQuantity,
                                     CommitmentStatus status, String declineReason, Instant changedAt) {
        static CommitmentProposed of(CommitmentView c) {
            return new CommitmentProposed(c.id(), c.needId(), c.offerId(), c.organizationId(), c.resourceType(), c.quantity(),
                    c.unit(), c.deliveredQuantity(), c.status(), c.declineReason(), c.changedAt());
        }
    }

    @EventType("org.samverkan.inventory.CommitmentAccepted")
    public record CommitmentAccepted(String commitmentId, String needId, String offerId, String organizationId,
                                     String resourceType, int quantity, String unit, int deliveredQuantity,
                                     CommitmentStatus status, String declineReason, Instant changedAt) {
        static CommitmentAccepted of(CommitmentView c) {
            return new CommitmentAccepted(c.id(), c.needId(), c.offerId(), c.organizationId(), c.resourceType(), c.quantity(),
                    c.unit(), c.deliveredQuantity(), c.status(), c.declineReason(), c.changedAt());
        }
    }

    @EventType("org.samverkan.inventory.CommitmentDeclined")
    public record CommitmentDeclined(String commitmentId, String needId, String offerId, String organizationId,
                                     String resourceType, int quantity, String unit, int deliveredQuantity,
                                     CommitmentStatus status, String declineReason, Instant changedAt) {
        static CommitmentDeclined of(CommitmentView c) {
            return new CommitmentDeclined(c.id(), c.needId(), c.offerId(), c.organizationId(), c.resourceType(), c.quantity(),
                    c.unit(), c.deliveredQuantity(), c.status(), c.declineReason(), c.changedAt());
        }
    }

    /** One per delivery report; deliveredQuantity is the total so far, status DELIVERED once it reaches quantity. */
    @EventType("org.samverkan.inventory.CommitmentDelivered")
    public record CommitmentDelivered(String commitmentId, String needId, String offerId, String organizationId,
                                      String resourceType, int quantity, String unit, int deliveredQuantity,
                                      CommitmentStatus status, String declineReason, Instant changedAt) {
        static CommitmentDelivered of(CommitmentView c) {
            return new CommitmentDelivered(c.id(), c.needId(), c.offerId(), c.organizationId(), c.resourceType(), c.quantity(),
                    c.unit(), c.deliveredQuantity(), c.status(), c.declineReason(), c.changedAt());
        }
    }
}
