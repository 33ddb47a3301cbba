package org.samverkan.communications.translation;

import java.util.List;

import org.samverkan.platform.events.EventTypes;

/**
 * The inventory's offer events as communications reads them (its own copy of the documented contract, never the
 * inventory's classes): only what says who offers interpretation in which language. Unknown fields are ignored.
 */
final class InventoryOffers {
    static final String TOPIC = "samverkan.inventory.offer";
    static final String INTERPRETATION = "interpretation";

    private InventoryOffers() {
    }

    @EventTypes({"org.samverkan.inventory.OfferRegistered", "org.samverkan.inventory.OfferUpdated",
            "org.samverkan.inventory.OfferWithdrawn"})
    record OfferState(String offerId, String organizationId, String resourceType, List<String> languages, String status) {
    }
}
