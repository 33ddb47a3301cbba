package org.samverkan.inventory.offer;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * The inventory's published contract for capacity offers (topic {@value #TOPIC}, key = offer id). Every event
 * carries the offer's whole public state after the change, so the newest event alone gives a complete copy.
 * Reservations by commitments show as committedQuantity/remainingQuantity (an OfferUpdated each time).
 */
public final class OfferEvents {
    public static final String TOPIC = "samverkan.inventory.offer";

    private OfferEvents() {
    }

    @EventType("org.samverkan.inventory.OfferRegistered")
    public record OfferRegistered(String offerId, String organizationId, String resourceType, String description,
                                  int quantity, String unit, int committedQuantity, int remainingQuantity,
                                  Instant availableFrom, Instant availableUntil, List<String> areas,
                                  List<String> languages, List<String> targetGroups, OfferStatus status, Instant changedAt) {
        static OfferRegistered of(OfferView o) {
            return new OfferRegistered(o.id(), o.organizationId(), o.resourceType(), o.description(), o.quantity(), o.unit(),
                    o.committedQuantity(), o.remainingQuantity(), o.availableFrom(), o.availableUntil(), o.areas(),
                    o.languages(), o.targetGroups(), o.status(), o.changedAt());
        }
    }

    @EventType("org.samverkan.inventory.OfferUpdated")
    public record OfferUpdated(String offerId, String organizationId, String resourceType, String description,
                               int quantity, String unit, int committedQuantity, int remainingQuantity,
                               Instant availableFrom, Instant availableUntil, List<String> areas,
                               List<String> languages, List<String> targetGroups, OfferStatus status, Instant changedAt) {
        static OfferUpdated of(OfferView o) {
            return new OfferUpdated(o.id(), o.organizationId(), o.resourceType(), o.description(), o.quantity(), o.unit(),
                    o.committedQuantity(), o.remainingQuantity(), o.availableFrom(), o.availableUntil(), o.areas(),
                    o.languages(), o.targetGroups(), o.status(), o.changedAt());
        }
    }

    @EventType("org.samverkan.inventory.OfferWithdrawn")
    public record OfferWithdrawn(String offerId, String organizationId, String resourceType, String description,
                                 int quantity, String unit, int committedQuantity, int remainingQuantity,
                                 Instant availableFrom, Instant availableUntil, List<String> areas,
                                 List<String> languages, List<String> targetGroups, OfferStatus status, Instant changedAt) {
        static OfferWithdrawn of(OfferView o) {
            return new OfferWithdrawn(o.id(), o.organizationId(), o.resourceType(), o.description(), o.quantity(), o.unit(),
                    o.committedQuantity(), o.remainingQuantity(), o.availableFrom(), o.availableUntil(), o.areas(),
                    o.languages(), o.targetGroups(), o.status(), o.changedAt());
        }
    }
}
