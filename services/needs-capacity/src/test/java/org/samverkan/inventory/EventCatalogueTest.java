package org.samverkan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.commitment.CommitmentEvents;
import org.samverkan.inventory.need.NeedEvents;
import org.samverkan.inventory.offer.OfferEvents;
import org.samverkan.platform.test.EventCatalogue;

/** The inventory's published events and docs/asyncapi.yaml agree (plain classpath scan, no context, no broker). */
class EventCatalogueTest {
    @Test
    void catalogueDescribesEveryInventoryEvent() {
        List<Class<?>> events = EventCatalogue.eventClassesIn("org.samverkan.inventory");
        assertThat(events).hasSize(10).contains(OfferEvents.OfferRegistered.class, NeedEvents.NeedClosed.class,
                CommitmentEvents.CommitmentDelivered.class);
        EventCatalogue.load().assertDescribes(events);
    }
}
