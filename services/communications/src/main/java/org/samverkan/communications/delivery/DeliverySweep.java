package org.samverkan.communications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samverkan.communications.notice.NoticeView;
import org.samverkan.communications.notice.PublishedNotices;
import org.samverkan.communications.situation.SituationUpdateView;
import org.samverkan.communications.situation.SituationUpdates;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works through pending deliveries: sends each, records the outcome, retries a failure after a growing pause and,
 * once the attempts are used up, marks it FAILED and raises DeliveryFailed — never a silent drop. At-least-once:
 * if two instances race, the version guard keeps one outcome, and a message may have gone out twice.
 */
@Component
class DeliverySweep {
    private static final Logger log = LoggerFactory.getLogger(DeliverySweep.class);
    private static final int BATCH = 500;
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final PublishedNotices notices;
    private final SituationUpdates situations;
    private final DeliveryChannels channels;
    private final AckTokens tokens;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration retryInterval;
    private final String baseUrl;

    DeliverySweep(MongoTemplate mongo, AggregateStore store, PublishedNotices notices,
                  SituationUpdates situations, DeliveryChannels channels, AckTokens tokens, Clock clock,
                  @Value("${samverkan.communications.delivery.max-attempts:3}") int maxAttempts,
                  @Value("${samverkan.communications.delivery.retry-interval:30s}") Duration retryInterval,
                  @Value("${samverkan.communications.public-base-url:http://localhost:8083}") String baseUrl) {
        this.mongo = mongo;
        this.store = store;
        this.notices = notices;
        this.situations = situations;
        this.channels = channels;
        this.tokens = tokens;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.retryInterval = retryInterval;
        this.baseUrl = baseUrl;
    }

    /** Batch after batch until nothing is due, so a large fan-out does not wait a sweep interval per batch. */
    @Scheduled(fixedDelayString = "${samverkan.communications.delivery.sweep-interval:2s}")
    void sweep() {
        Map<String, Optional<?>> sources = new HashMap<>();
        int batch;
        do {
            batch = sweepBatch(sources);
        } while (batch == BATCH);
    }

    private int sweepBatch(Map<String, Optional<?>> sources) {
        Query due = Query.query(Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(clock.instant()))
                .with(Sort.by("nextAttemptAt")).limit(BATCH);
        List<Delivery> deliveries = mongo.find(due, Delivery.class);
        for (Delivery delivery : deliveries) {
            try {
                attempt(delivery, sources.computeIfAbsent(delivery.noticeId(), id -> delivery.kind() == DeliveryEvents.MessageKind.SITUATION_UPDATE
                        ? situations.find(id) : notices.find(id)));
            } catch (RuntimeException e) {
                // One delivery's trouble must not stop the ones after it; it stays due and is tried again.
                log.error("Delivery {} could not be attempted: {}", delivery.getId(), e.toString());
            }
        }
        return deliveries.size();
    }

    private void attempt(Delivery delivery, Optional<?> source) {
        String link = baseUrl + "/public/notices/" + delivery.noticeId() + "/deliveries/" + delivery.organizationId()
                + "?token=" + tokens.issue(delivery.noticeId(), delivery.organizationId());
        DeliveryMessage message;
        try {
            message = source.map(s -> s instanceof NoticeView n ? DeliveryMessage.of(n, delivery.languages(), link)
                    : DeliveryMessage.of((SituationUpdateView) s, link)).orElse(null);
        } catch (RuntimeException e) {
            log.error("Delivery {} cannot be rendered and fails: {}", delivery.getId(), e.toString());
            delivery.cannotBeSent("the message cannot be rendered: " + DeliveryChannels.redact(e.getMessage()), clock.instant());
            save(delivery);
            return;
        }
        var outcome = message == null ? new DeliveryChannels.Outcome(List.of(), List.of("the message is not published"))
                : channels.send(mongo.findById(delivery.organizationId(), Inbox.class), message);
        if (!outcome.delivered().isEmpty()) {
            delivery.delivered(outcome.delivered(), clock.instant());
        } else {
            delivery.attemptFailed(String.join("; ", outcome.errors()), maxAttempts, retryInterval, clock.instant());
        }
        save(delivery);
    }

    private void save(Delivery delivery) {
        try {
            store.save(delivery);
        } catch (ConflictException raced) {
            // another instance recorded this delivery's outcome first
        }
    }
}
