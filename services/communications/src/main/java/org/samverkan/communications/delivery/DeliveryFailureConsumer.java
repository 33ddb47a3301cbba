package org.samverkan.communications.delivery;

import java.time.Duration;

import org.samverkan.communications.notification.Notifications;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first DeliveryFailed of a notice (not of a situation update) owes the officers one e-mail about it (its id is the notice's, so later
 * failures and redeliveries add nothing); {@link DeliveriesFailedMail} waits until every delivery has ended. Bound as
 * {@code deliveryFailures-in-0}, in its own group on the service's own delivery topic.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryFailureConsumer {
    static final String[] NOT_READ = {"org.samverkan.communications.NoticeDelivered",
            "org.samverkan.communications.NoticeAcknowledged", "org.samverkan.communications.NoticeRelayed"};

    @EventTypes("org.samverkan.communications.DeliveryFailed")
    record Failed(String noticeId, DeliveryEvents.MessageKind messageKind) {
    }

    @Bean
    TypedEventConsumer deliveryFailures(EventConsumers consumers, Notifications notifications) {
        // Notices only: a situation update's failures are on the crisis staff's own page, not the officers'.
        return consumers.of(EventRouter.<Outcome>create().on(Failed.class, event -> event.data().messageKind() != DeliveryEvents.MessageKind.NOTICE
                ? Outcome.IGNORED : Outcome.appliedIf(notifications.owe(DeliveriesFailedMail.id(event.data().noticeId()),
                        DeliveriesFailedMail.KIND, event.data().noticeId(), Duration.ZERO)))
                .ignoring(NOT_READ));
    }
}
