package org.samverkan.inventory.matching;

import java.util.List;

/** One ranked offer for a need: the weighted score and why. */
public record Match(int rank, String offerId, String organizationId, String description, int remainingQuantity,
                   String unit, double score, List<Criterion> explanation) {
}
