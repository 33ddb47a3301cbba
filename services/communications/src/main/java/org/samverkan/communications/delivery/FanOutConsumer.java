package org.samverkan.communications.delivery;

import java.util.List;
import java.util.Map;

import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns published notices and situation updates into deliveries. It consumes the service's own events, so
 * publishing stays one atomic write and fan-out follows it, however many organisations there are.
 * Bound as {@code deliveryFanOut-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class FanOutConsumer {
    static final String NOTICE_CANCELLED = "org.samverkan.communications.NoticeCancelled";

    @EventTypes({"org.samverkan.communications.NoticePublished", "org.samverkan.communications.NoticeUpdated"})
    record Published(String noticeId, List<String> areas, List<String> targetGroups, Map<String, Object> texts) {
    }

    @EventTypes("org.samverkan.communications.SituationUpdatePublished")
    record Situation(String updateId, List<String> areas) {
    }

    @Bean
    TypedEventConsumer deliveryFanOut(EventConsumers consumers, FanOut fanOut) {
        return consumers.of(EventRouter.<Outcome>create()
                .on(Published.class, event -> created(fanOut.deliver(DeliveryEvents.MessageKind.NOTICE, event.data().noticeId(),
                        event.data().areas(), event.data().targetGroups(), event.data().texts().keySet())))
                // Staff's situation reports go to every verified organisation reaching an affected area, in Swedish.
                .on(Situation.class, event -> created(fanOut.deliver(DeliveryEvents.MessageKind.SITUATION_UPDATE,
                        event.data().updateId(), event.data().areas(), List.of(), List.of("sv"))))
                .ignoring(NOTICE_CANCELLED));
    }

    private static Outcome created(int deliveries) {
        return Outcome.appliedIf(deliveries > 0);
    }
}
