package org.samverkan.communications.notice;

import org.samverkan.communications.notice.FollowUpContract.CounterMessageRequested;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A counter-message request from follow-up becomes a draft notice linked to the rumour, once per rumour.
 * Bound as {@code counterMessageDrafts-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class CounterMessageConsumer {

    @Bean
    TypedEventConsumer counterMessageDrafts(EventConsumers consumers, CounterMessages counterMessages) {
        return consumers.of(EventRouter.<Outcome>create().on(CounterMessageRequested.class, event -> {
            CounterMessageRequested request = event.data();
            if (request.rumourId() == null || request.rumourId().isBlank() || request.summary() == null
                    || request.summary().isBlank()) {
                throw new MalformedEventException("Counter-message request " + event.id() + " lacks rumourId or summary");
            }
            return Outcome.appliedIf(counterMessages.draft(request.rumourId(), request.summary(), request.areas(),
                    request.targetGroups(), request.languages()));
        }).ignoring(FollowUpContract.NOT_READ));
    }
}
