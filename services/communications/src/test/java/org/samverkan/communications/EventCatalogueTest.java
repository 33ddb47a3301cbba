package org.samverkan.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.delivery.DeliveryEvents;
import org.samverkan.communications.notice.NoticeEvents;
import org.samverkan.communications.situation.SituationUpdateEvents;
import org.samverkan.communications.translation.TranslationEvents;
import org.samverkan.platform.events.EventType;
import org.samverkan.platform.test.EventCatalogue;

/**
 * Communications' published events and docs/asyncapi.yaml agree: every @EventType record has a catalogue message
 * with its ce_type, exactly its fields and its topic, and nothing stale is listed on communications' topics.
 */
class EventCatalogueTest {

    @Test
    void catalogueDescribesEveryCommunicationsEvent() {
        // Test sources hold a stand-in for follow-up's event (FollowUpContractTest); only communications' own count here.
        List<Class<?>> events = EventCatalogue.eventClassesIn("org.samverkan.communications").stream()
                .filter(c -> c.getAnnotation(EventType.class).value().startsWith("org.samverkan.communications.")).toList();

        assertThat(events).containsExactlyInAnyOrder(NoticeEvents.NoticePublished.class, NoticeEvents.NoticeUpdated.class,
                NoticeEvents.NoticeCancelled.class, DeliveryEvents.NoticeDelivered.class, DeliveryEvents.DeliveryFailed.class,
                DeliveryEvents.NoticeAcknowledged.class, DeliveryEvents.NoticeRelayed.class,
                SituationUpdateEvents.SituationUpdatePublished.class, TranslationEvents.TranslationRequested.class,
                TranslationEvents.TranslationSubmitted.class);

        EventCatalogue.load().assertDescribes(events);
    }
}
