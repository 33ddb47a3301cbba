package org.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.followup.measure.MeasureEvents;
import org.samverkan.followup.observation.ObservationEvents;
import org.samverkan.followup.rumour.RumourEvents;
import org.samverkan.platform.events.EventType;
import org.samverkan.platform.test.EventCatalogue;

/**
 * Follow-up's published events and docs/asyncapi.yaml agree: every @EventType record has a catalogue message with its
 * ce_type, exactly its fields and its topic, and nothing stale is listed on follow-up's topics (plain classpath scan,
 * no context, no broker).
 */
class EventCatalogueTest {

    @Test
    void catalogueDescribesEveryFollowUpEvent() {
        // Only follow-up's own types: test sources may hold stand-ins for other services' events.
        List<Class<?>> events = EventCatalogue.eventClassesIn("org.samverkan.followup").stream()
                .filter(c -> c.getAnnotation(EventType.class).value().startsWith("org.samverkan.followup.")).toList();

        assertThat(events).contains(ObservationEvents.ObservationReported.class, RumourEvents.RumourReported.class,
                RumourEvents.RumourStatusChanged.class, RumourEvents.CounterMessageRequested.class,
                MeasureEvents.CompensatoryMeasureRecorded.class, MeasureEvents.CompensatoryMeasureChanged.class);

        EventCatalogue.load().assertDescribes(events);
    }
}
