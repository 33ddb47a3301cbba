package org.samverkan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.EventCatalogue;
import org.samverkan.registry.organization.OrganizationEvents;

/**
 * The registry's published events and docs/asyncapi.yaml agree: every @EventType record has a catalogue message
 * with its ce_type, exactly its fields and its topic, and the catalogue lists nothing on the registry's topics
 * that the code no longer publishes. No Spring context, no broker: a plain classpath scan.
 */
class EventCatalogueTest {

    @Test
    void catalogueDescribesEveryRegistryEvent() {
        List<Class<?>> events = EventCatalogue.eventClassesIn("org.samverkan.registry");

        // The records are nested in OrganizationEvents; a scan that missed nested classes would find nothing
        // and the check below would pass vacuously.
        assertThat(events).hasSizeGreaterThanOrEqualTo(5)
                .contains(OrganizationEvents.OrganizationRegistered.class, OrganizationEvents.OrganizationVerified.class,
                        OrganizationEvents.OrganizationSuspended.class, OrganizationEvents.OrganizationProfileChanged.class,
                        OrganizationEvents.OrganizationMerged.class);

        EventCatalogue.load().assertDescribes(events);
    }
}
