package org.samverkan.inventory.commitment;

import java.time.Instant;
import java.util.List;

import org.samverkan.inventory.need.NeedView;
import org.samverkan.inventory.need.Urgency;

/**
 * A commitment. {@code need} (in the list and single reads) says what it is for, so the organisation it is
 * addressed to — which may not read the need itself — sees the need, where, by when and who asked.
 */
public record CommitmentView(String id, String needId, String offerId, String organizationId, String resourceType,
                             int quantity, String unit, int deliveredQuantity, CommitmentStatus status,
                             String declineReason, Instant changedAt, long version, NeedSummary need) {

    /**
     * The need as its commitments show it. {@code askedBy} is the role that proposed the commitment (only crisis
     * staff can), never a person.
     */
    public record NeedSummary(String description, List<String> areas, Urgency urgency, Instant neededBy, String askedBy) {
        static NeedSummary of(NeedView need) {
            return new NeedSummary(need.description(), need.areas(), need.urgency(), need.neededBy(), "crisis-staff");
        }
    }

    CommitmentView withNeed(NeedView need) {
        return new CommitmentView(id, needId, offerId, organizationId, resourceType, quantity, unit, deliveredQuantity,
                status, declineReason, changedAt, version, NeedSummary.of(need));
    }
}
