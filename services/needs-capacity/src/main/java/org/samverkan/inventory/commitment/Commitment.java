package org.samverkan.inventory.commitment;

import java.time.Instant;

import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/** A commitment (EDXL-RM CommitResource) of part of one offer to one need. Its quantity is reserved on the offer. */
@Document("commitments")
public class Commitment extends AggregateRoot {
    private String needId;
    private String offerId;
    private String organizationId;
    private String resourceType;
    private int quantity;
    private String unit;
    private int delivered;
    private CommitmentStatus status;
    private String declineReason;
    private Instant changedAt;

    Commitment() {
    }

    static Commitment propose(String id, String needId, String offerId, String organizationId, String resourceType,
                              int quantity, String unit, Instant now) {
        Commitment c = of(id, needId, offerId, organizationId, resourceType, quantity, unit, CommitmentStatus.PROPOSED, now);
        c.raise(CommitmentEvents.CommitmentProposed.of(c.view()));
        return c;
    }

    /**
     * Work already done when the inventory hears of it (a translation sent through communications): recorded as
     * delivered in full at once, with no proposal, so the organisation is not asked for what it has given.
     *
     * @param offerId the organisation's offer it falls under, or null when it offered none (nothing is reserved)
     */
    static Commitment delivered(String id, String needId, String offerId, String organizationId, String resourceType,
                                int quantity, String unit, Instant now) {
        Commitment c = of(id, needId, offerId, organizationId, resourceType, quantity, unit, CommitmentStatus.DELIVERED, now);
        c.delivered = quantity;
        c.raise(CommitmentEvents.CommitmentDelivered.of(c.view()));
        return c;
    }

    private static Commitment of(String id, String needId, String offerId, String organizationId, String resourceType,
                                 int quantity, String unit, CommitmentStatus status, Instant now) {
        Commitment c = new Commitment();
        c.id = id;
        c.needId = needId;
        c.offerId = offerId;
        c.organizationId = organizationId;
        c.resourceType = resourceType;
        c.quantity = quantity;
        c.unit = unit;
        c.status = status;
        c.changedAt = now;
        return c;
    }

    void accept(Instant now) {
        requireStatus(CommitmentStatus.PROPOSED, "accepted");
        status = CommitmentStatus.ACCEPTED;
        changedAt = now;
        raise(CommitmentEvents.CommitmentAccepted.of(view()));
    }

    void decline(String reason, Instant now) {
        requireStatus(CommitmentStatus.PROPOSED, "declined");
        status = CommitmentStatus.DECLINED;
        declineReason = reason;
        changedAt = now;
        raise(CommitmentEvents.CommitmentDeclined.of(view()));
    }

    void deliver(int amount, Instant now) {
        requireStatus(CommitmentStatus.ACCEPTED, "delivered on");
        delivered = CommitmentQuantities.deliveredAfter(quantity, delivered, amount);
        status = delivered == quantity ? CommitmentStatus.DELIVERED : CommitmentStatus.ACCEPTED;
        changedAt = now;
        raise(CommitmentEvents.CommitmentDelivered.of(view()));
    }

    private void requireStatus(CommitmentStatus expected, String verb) {
        if (status != expected) {
            throw new ConflictException("Commitment " + id + " is " + status + " and cannot be " + verb);
        }
    }

    String organizationId() {
        return organizationId;
    }

    @Override
    protected String eventTopic() {
        return CommitmentEvents.TOPIC;
    }

    CommitmentView view() {
        return new CommitmentView(id, needId, offerId, organizationId, resourceType, quantity, unit, delivered, status,
                declineReason, changedAt, version, null);
    }
}
