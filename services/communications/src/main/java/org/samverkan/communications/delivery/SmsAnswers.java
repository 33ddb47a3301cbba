package org.samverkan.communications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies stored SMS receipts and replies to their deliveries, through the delivery's own state changes (so a reply
 * raises the same NoticeAcknowledged / NoticeRelayed as the signed link, with {@code via = sms}). A receipt waits
 * while its delivery's send is still being recorded; one whose message id stays unknown is dropped after a while.
 */
@Component
class SmsAnswers {
    private static final Logger log = LoggerFactory.getLogger(SmsAnswers.class);
    private static final Duration CLAIM = Duration.ofSeconds(30);
    private static final Duration UNMATCHED_KEPT = Duration.ofMinutes(10);
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final SmsTrail trail;
    private final OrganizationCopies organizations;
    private final ReferenceData reference;
    private final Clock clock;

    SmsAnswers(MongoTemplate mongo, AggregateStore store, SmsTrail trail, OrganizationCopies organizations,
               ReferenceData reference, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.trail = trail;
        this.organizations = organizations;
        this.reference = reference;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${samverkan.communications.delivery.sweep-interval:2s}")
    void apply() {
        Instant now = clock.instant();
        Query waiting = Query.query(claimable(now)).with(Sort.by("receivedAt")).limit(100);
        for (SmsAnswer candidate : mongo.find(waiting, SmsAnswer.class)) {
            SmsAnswer answer = mongo.findAndModify(Query.query(Criteria.where("_id").is(candidate.id())).addCriteria(claimable(now)),
                    new Update().set("claimedUntil", now.plus(CLAIM)), FindAndModifyOptions.options().returnNew(true), SmsAnswer.class);
            if (answer == null) {
                continue; // another instance has it
            }
            try {
                if (applied(answer, now)) {
                    mongo.remove(Query.query(Criteria.where("_id").is(answer.id())), SmsAnswer.class);
                } else {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(answer.id())), new Update().unset("claimedUntil"), SmsAnswer.class);
                }
            } catch (ConflictException raced) {
                // The delivery changed meanwhile; the claim runs out and the answer is applied again on its new state.
            } catch (RuntimeException e) {
                log.warn("SMS answer {} not applied yet: {}", answer.id(), e.toString());
            }
        }
    }

    /** @return true once the answer is applied (or can never be), false to try again later */
    private boolean applied(SmsAnswer answer, Instant now) {
        Optional<String> deliveryId = answer.kind() == SmsAnswer.Kind.RECEIPT ? trail.deliveryOf(answer.messageId())
                : trail.lastDeliveryTo(answer.numberHash());
        Optional<Delivery> found = deliveryId.flatMap(id -> store.find(Delivery.class, id));
        if (found.isEmpty()) {
            boolean old = answer.receivedAt().plus(UNMATCHED_KEPT).isBefore(now);
            if (answer.kind() == SmsAnswer.Kind.REPLY || old) {
                log.info("SMS {} {} matches no delivery and is dropped", answer.kind(), answer.id());
                return true;
            }
            return false;
        }
        Delivery delivery = found.get();
        if (delivery.lease() != null) {
            return false; // its send's outcome is still being recorded
        }
        boolean changed = answer.kind() == SmsAnswer.Kind.RECEIPT
                ? delivery.smsReceipt(answer.delivered(), answer.status(), now)
                : reply(delivery, answer, now);
        if (changed) {
            store.save(delivery);
        }
        return true;
    }

    private boolean reply(Delivery delivery, SmsAnswer answer, Instant now) {
        SmsReply reply = SmsReply.parse(answer.text());
        if (reply.kind() == SmsReply.Kind.NOT_UNDERSTOOD) {
            log.info("SMS reply {} to delivery {} is not understood and changes nothing", answer.id(), delivery.getId());
            return false;
        }
        if (!delivery.smsAnswered(answer.id())) {
            return false;
        }
        Relay relay = reply.kind() == SmsReply.Kind.RELAY ? relay(delivery, reply) : null;
        if (relay == null || relay.area() == null) {
            delivery.acknowledge("sms", now); // a figure without an area to count it in still says the notice arrived
        } else {
            delivery.relayed(relay, now);
        }
        return true;
    }

    /** Codes the reply names, else the organisation's own language beyond Swedish, its first area, and SMS. */
    private Relay relay(Delivery delivery, SmsReply reply) {
        List<String> languages = delivery.languages();
        List<String> always = Stream.concat(Stream.of(reference.mainLanguage()), reference.easyRead().stream()).toList();
        String language = code(reply, Kind.LANGUAGE).orElse(languages.stream().filter(l -> !always.contains(l)).findFirst()
                .orElse(languages.isEmpty() ? reference.mainLanguage() : languages.get(0)));
        String area = code(reply, Kind.AREA).orElseGet(() -> organizations.find(delivery.organizationId())
                .flatMap(o -> o.areas().stream().findFirst()).orElse(null));
        String channel = code(reply, Kind.CHANNEL_KIND).orElse("sms");
        return new Relay(reply.people(), language, channel, area, null);
    }

    private Optional<String> code(SmsReply reply, Kind kind) {
        return reply.codes().stream().filter(c -> reference.knows(kind, c)).findFirst();
    }

    private static Criteria claimable(Instant now) {
        return new Criteria().orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now));
    }
}
