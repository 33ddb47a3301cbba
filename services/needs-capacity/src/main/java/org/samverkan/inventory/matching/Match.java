package org.samverkan.inventory.matching;

import java.util.List;

/** One ranked offer for a need: the weighted score and why, and the offering organisation's name (the inventory's copy). */
public record Match(int rank, String offerId, String organizationId, String organizationName, String description, int remainingQuantity,
                   String unit, double score, List<Criterion> explanation) {
}
