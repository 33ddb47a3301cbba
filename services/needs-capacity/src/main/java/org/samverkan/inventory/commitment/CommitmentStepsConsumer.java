package org.samverkan.inventory.commitment;

import org.samverkan.inventory.need.NeedService;
import org.samverkan.inventory.offer.Offer;
import org.samverkan.inventory.offer.Reservations;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.samverkan.platform.outbox.AggregateStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of a commitment that touch a second aggregate follow from the first write's event, on the inventory's
 * own topics: a reservation becomes its commitment, a decline releases its reservation, a delivery reaches its
 * need. Each step is idempotent (keyed by the commitment id), so a redelivery changes nothing and a crash between
 * two writes is finished by the event already in the outbox. Bound as {@code commitmentSteps-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentStepsConsumer {
    static final String[] NOT_READ = {"org.samverkan.inventory.OfferRegistered", "org.samverkan.inventory.OfferWithdrawn",
            "org.samverkan.inventory.CommitmentProposed", "org.samverkan.inventory.CommitmentAccepted"};

    @EventTypes("org.samverkan.inventory.OfferUpdated")
    record OfferChanged(String offerId) {
    }

    @EventTypes("org.samverkan.inventory.CommitmentDeclined")
    record Declined(String commitmentId, String offerId) {
    }

    @EventTypes("org.samverkan.inventory.CommitmentDelivered")
    record Delivered(String commitmentId, String needId, int deliveredQuantity) {
    }

    @Bean
    TypedEventConsumer commitmentSteps(EventConsumers consumers, AggregateStore store, Proposals proposals,
                                       Reservations reservations, NeedService needs) {
        return consumers.of(EventRouter.<Outcome>create()
                .on(OfferChanged.class, event -> Outcome.appliedIf(store.find(Offer.class, event.data().offerId())
                        .map(proposals::commitAll).orElse(0) > 0))
                .on(Declined.class, event -> Outcome.appliedIf(
                        reservations.release(event.data().offerId(), event.data().commitmentId())))
                .on(Delivered.class, event -> Outcome.appliedIf(needs.recordDelivery(event.data().needId(),
                        event.data().commitmentId(), event.data().deliveredQuantity())))
                .ignoring(NOT_READ));
    }
}
