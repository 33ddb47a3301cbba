package org.samverkan.communications.notice;

import java.time.Clock;

import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.samverkan.platform.outbox.AggregateStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Marks the notice an update replaces as UPDATED once the update is published. Publishing is then one write (the
 * update, with its event) and this second aggregate's change follows from that event, retried until it holds — a
 * crash or conflict between the two can no longer leave the original current for good (until the event is applied it
 * reads PUBLISHED beside its update; a second update of it is refused by NoticeService). Bound as
 * {@code noticeReplacement-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class NoticeReplacementConsumer {
    static final String[] NOT_READ = {"org.samverkan.communications.NoticePublished", "org.samverkan.communications.NoticeCancelled"};

    @EventTypes("org.samverkan.communications.NoticeUpdated")
    record Updated(String noticeId, String replaces) {
    }

    @Bean
    TypedEventConsumer noticeReplacement(EventConsumers consumers, AggregateStore store, Clock clock) {
        return consumers.of(EventRouter.<Outcome>create().on(Updated.class, event -> {
            Notice older = store.find(Notice.class, event.data().replaces()).orElse(null);
            // Already marked (a redelivery), or cancelled after the update's precondition check: nothing is current twice.
            if (older == null || older.status() != NoticeStatus.PUBLISHED) {
                return Outcome.ALREADY_SEEN;
            }
            older.replacedBy(event.data().noticeId(), clock.instant());
            store.save(older);
            return Outcome.APPLIED;
        }).ignoring(NOT_READ));
    }
}
