package org.samverkan.inventory.offer;

import java.time.Instant;
import java.util.List;

/**
 * An offer's public state. {@code counts} is computed when read: only a verified organisation's active offer
 * counts in matching and gap analysis, so a suspension takes effect at the next read without touching offers.
 */
public record OfferView(String id, String organizationId, String resourceType, String description, int quantity,
                        String unit, int committedQuantity, int remainingQuantity, Instant availableFrom,
                        Instant availableUntil, List<String> areas, List<String> languages, List<String> targetGroups,
                        OfferStatus status, Instant changedAt, long version, Boolean counts) {
    OfferView counting(boolean organizationVerified) {
        return new OfferView(id, organizationId, resourceType, description, quantity, unit, committedQuantity,
                remainingQuantity, availableFrom, availableUntil, areas, languages, targetGroups, status, changedAt, version,
                organizationVerified && status == OfferStatus.ACTIVE);
    }
}
