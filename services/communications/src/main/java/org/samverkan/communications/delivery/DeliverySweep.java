package org.samverkan.communications.delivery;

import org.samverkan.communications.inbox.Inbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.samverkan.platform.consumer.FailureKind;
import org.samverkan.platform.outbox.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works through due deliveries: claims a round of them under a lease ({@link DeliveryClaims}), hands each to the
 * sender of every channel its inbox has ({@link ChannelSender}, one bounded pool per channel) and records the outcome
 * when its sends are over ({@link DeliveryOutcomes}); a failure is retried after a growing pause and, once the
 * attempts are used up, is FAILED with DeliveryFailed raised — never a silent drop. The sweep does not wait for the
 * sends: a delivery is only claimed while every channel it needs has room, so an unreachable SMTP relay fills the
 * email pool and SMS deliveries still go out. At least once: only a crash, or a store unavailable for the rest of
 * a lease, between a send and the record of it leaves an attempt in progress that is made again once its lease ends.
 */
@Component
class DeliverySweep implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliverySweep.class);
    /** Due deliveries read per round, in batches: room to pass over those whose channel is full. */
    private static final int WINDOW = 4;
    /** The editor warns of this before publishing (Reachability); an address given later is used on the next attempt. */
    static final String NO_ADDRESS = "the organisation cannot be reached: no notice address";
    private final DeliveryProperties properties;
    private final MongoTemplate mongo;
    private final DeliveryMessages messages;
    private final DeliveryClaims claims;
    private final DeliveryOutcomes outcomes;
    private final List<ChannelSender> senders;
    private final Clock clock;

    @Autowired
    DeliverySweep(DeliveryProperties properties, MongoTemplate mongo, AggregateStore store, DeliveryMessages messages,
                  List<DeliveryChannel> channels, Clock clock) {
        this.properties = properties;
        this.mongo = mongo;
        this.messages = messages;
        this.claims = new DeliveryClaims(mongo);
        this.outcomes = new DeliveryOutcomes(store, clock);
        this.senders = channels.stream().map(c -> new ChannelSender(c, properties.poolSize(c.name()), properties.batchSize(),
                properties.sendTimeout(), clock)).toList();
        this.clock = clock;
    }

    /** Round after round while rounds come back full, so a large fan-out does not wait a sweep interval per batch. */
    @Scheduled(fixedDelayString = "${samverkan.communications.delivery.sweep-interval:2s}")
    void sweep() {
        Map<String, Optional<?>> sources = new HashMap<>();
        while (round(sources) == properties.batchSize()) {
            // the next round
        }
    }

    private int round(Map<String, Optional<?>> sources) {
        Instant now = clock.instant();
        List<DeliveryClaims.Due> due = claims.due(now, properties.batchSize() * WINDOW);
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Inbox> inboxes = inboxes(due);
        Map<String, List<ChannelSender>> chosen = new LinkedHashMap<>();
        List<String> full = new ArrayList<>();
        for (DeliveryClaims.Due d : due) {
            if (chosen.size() == properties.batchSize()) {
                break;
            }
            List<ChannelSender> needed = needed(inboxes.get(d.organizationId()));
            if (reserve(needed)) {
                chosen.put(d.id(), needed);
            } else {
                full.add(d.id());
            }
        }
        String round = UUID.randomUUID().toString();
        List<Delivery> claimed;
        try {
            if (!full.isEmpty()) {
                claims.defer(full, now, now.plus(properties.sweepInterval()));
            }
            claimed = chosen.isEmpty() ? List.of() : claims.claim(List.copyOf(chosen.keySet()), round, now, properties.lease());
        } catch (RuntimeException storeTrouble) {
            // Nothing of this round will be sent: its places on the channels must not stay taken.
            chosen.values().forEach(reserved -> reserved.forEach(ChannelSender::release));
            throw storeTrouble;
        }
        Set<String> got = claimed.stream().map(Delivery::getId).collect(Collectors.toSet());
        chosen.forEach((id, reserved) -> {
            if (!got.contains(id)) {
                reserved.forEach(ChannelSender::release);
            }
        });
        for (Delivery delivery : claimed) {
            try {
                attempt(delivery, round, inboxes.get(delivery.organizationId()), chosen.get(delivery.getId()), sources);
            } catch (RuntimeException e) {
                // One delivery's trouble must not stop the others; its lease ends and it is attempted again.
                log.error("Delivery {} could not be attempted: {}", delivery.getId(), e.toString());
            }
        }
        return claimed.size();
    }

    private void attempt(Delivery delivery, String round, Inbox inbox, List<ChannelSender> reserved,
                         Map<String, Optional<?>> sources) {
        Instant now = clock.instant();
        Consumer<Delivery> failure = null;
        DeliveryMessage message = null;
        if (delivery.attempts() > properties.maxAttempts()) {
            failure = d -> d.cannotBeSent("none of its " + properties.maxAttempts() + " attempts reported back", now);
        } else {
            try {
                message = messages.of(delivery, sources).orElse(null);
                String error = message == null ? "the message is not published"
                        : inbox == null || reserved.isEmpty() ? NO_ADDRESS : null;
                if (error != null) {
                    failure = d -> d.attemptFailed(error, properties.maxAttempts(), properties.retryInterval(), now);
                }
            } catch (RuntimeException e) {
                if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                    // The store did not answer while the message was read: an ordinary attempt, tried again later.
                    log.warn("Delivery {} could not be prepared, retrying: {}", delivery.getId(), e.toString());
                    failure = d -> d.attemptFailed("the message could not be read", properties.maxAttempts(),
                            properties.retryInterval(), now);
                } else {
                    // Rendering again will not help: the failure is final at once.
                    log.error("Delivery {} cannot be rendered and fails: {}", delivery.getId(), e.toString());
                    String reason = "the message cannot be rendered: " + ChannelSender.redact(e.getMessage());
                    failure = d -> d.cannotBeSent(reason, now);
                }
            }
        }
        if (failure != null) {
            reserved.forEach(ChannelSender::release);
            outcomes.record(delivery, round, failure);
        } else {
            send(delivery, round, inbox, reserved, message);
        }
    }

    /** Sends on every reserved channel at once; the outcome is recorded when the last of them is over. */
    private void send(Delivery delivery, String round, Inbox inbox, List<ChannelSender> reserved, DeliveryMessage message) {
        Instant until = delivery.lease().until();
        List<CompletableFuture<String>> sends = reserved.stream().map(s -> s.send(delivery.getId(), s.channel().address(inbox), message, until)).toList();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<String> via = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < sends.size(); i++) {
                String error = sends.get(i).join();
                if (error == null) {
                    via.add(reserved.get(i).channel().name());
                } else {
                    errors.add(error);
                }
            }
            Instant at = clock.instant();
            outcomes.record(delivery, round, via.isEmpty()
                    ? d -> d.attemptFailed(String.join("; ", errors), properties.maxAttempts(), properties.retryInterval(), at)
                    : d -> d.delivered(via, at));
        });
    }

    /** The senders of the channels this inbox has an address on (none without an inbox: it fails without sending). */
    private List<ChannelSender> needed(Inbox inbox) {
        return inbox == null ? List.of() : senders.stream().filter(s -> s.channel().address(inbox) != null).toList();
    }

    /** All or nothing: a delivery is claimed only if every channel it needs has room now. */
    private static boolean reserve(List<ChannelSender> needed) {
        List<ChannelSender> taken = new ArrayList<>();
        for (ChannelSender sender : needed) {
            if (!sender.reserve()) {
                taken.forEach(ChannelSender::release);
                return false;
            }
            taken.add(sender);
        }
        return true;
    }

    private Map<String, Inbox> inboxes(List<DeliveryClaims.Due> due) {
        List<String> organizations = due.stream().map(DeliveryClaims.Due::organizationId).distinct().toList();
        return mongo.find(Query.query(Criteria.where("_id").in(organizations)), Inbox.class).stream()
                .collect(Collectors.toMap(Inbox::organizationId, Function.identity()));
    }

    /** Lets the sends under way end (each is bounded by the send timeout) and their outcomes be recorded. */
    @Override
    public void close() {
        senders.forEach(ChannelSender::close);
        outcomes.close();
    }
}
