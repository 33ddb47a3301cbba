package org.samverkan.followup.rumour;

import org.samverkan.followup.rumour.NoticeContract.PublishedNotice;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tracks a rumour until addressed: when communications publishes the rumour's counter-message (a published or
 * updated notice carrying counterMessageFor), the rumour becomes ADDRESSED. Idempotent: an ADDRESSED rumour stays as
 * it is. Bound as {@code rumourCounterMessages-in-0}, in its own consumer group: the dashboard reads the notice topic
 * too, and in one group the two would split its partitions, each seeing only some notices.
 */
@Configuration(proxyBeanMethods = false)
class CounterMessageConsumer {

    @Bean
    TypedEventConsumer rumourCounterMessages(EventConsumers consumers, RumourService rumours) {
        return consumers.of(EventRouter.<Outcome>create().on(PublishedNotice.class, event -> {
            PublishedNotice notice = event.data();
            if (notice.counterMessageFor() == null || notice.counterMessageFor().isBlank()) {
                return Outcome.IGNORED;
            }
            return rumours.counterMessagePublished(notice.counterMessageFor(), notice.noticeId());
        }).ignoring(NoticeContract.NOTICE_CANCELLED));
    }
}
