package org.samverkan.inventory.commitment;

import java.time.Clock;
import java.util.List;

import org.bson.Document;
import org.samverkan.inventory.need.NeedDetails;
import org.samverkan.inventory.need.NeedService;
import org.samverkan.inventory.need.Urgency;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.MalformedEventException;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Interpretation given through communications counts like any other help ({@code translations-in-0}): a translation
 * request is a need for one translation into its language in the notice's areas, and a translation sent is that
 * organisation's delivered commitment to it. Both ids are made from the request (and organisation), so a redelivery
 * or a replay of the topic creates nothing twice; the request and its submissions share a key, so the need is there
 * before its commitment.
 */
@Configuration(proxyBeanMethods = false)
class TranslationConsumer {
    static final String INTERPRETATION = "interpretation";
    static final String UNIT = "translation";

    static String needId(String requestId) {
        return "translation-" + requestId;
    }

    static String commitmentId(String requestId, String organizationId) {
        return "translation-" + requestId + "-" + organizationId;
    }

    @Bean
    TypedEventConsumer translations(EventConsumers consumers, NeedService needs, AggregateStore store, MongoTemplate mongo,
                                    ReferenceData reference, Clock clock) {
        return consumers.of(EventRouter.<Outcome>create()
                .on(CommunicationsContract.TranslationRequested.class, event -> {
                    var r = event.data();
                    if (r.requestId() == null || r.language() == null || r.areas() == null || r.areas().isEmpty() || r.neededBy() == null) {
                        throw new MalformedEventException("TranslationRequested " + event.id() + " lacks its request, language, areas or time");
                    }
                    String language = reference.language(r.language()).map(l -> l.name()).orElse(r.language());
                    return Outcome.appliedIf(needs.raiseOnce(needId(r.requestId()), new NeedDetails(INTERPRETATION,
                            "Översättning av ett meddelande till " + language + " / Translation of a notice into " + language,
                            1, UNIT, r.areas(), List.of(), List.of(r.language()), Urgency.HIGH, r.neededBy())));
                })
                .on(CommunicationsContract.TranslationSubmitted.class, event -> {
                    var s = event.data();
                    if (s.requestId() == null || s.organizationId() == null || s.language() == null) {
                        throw new MalformedEventException("TranslationSubmitted " + event.id() + " lacks its request, organisation or language");
                    }
                    String id = commitmentId(s.requestId(), s.organizationId());
                    // The request asks for one translation: another organisation's, sent after the first, is a proposal
                    // for the officer to choose from, not a second delivery on a need of one (the gaps would over-count).
                    // One request's events share a key, so they are consumed one after the other.
                    if (mongo.exists(Query.query(Criteria.where("needId").is(needId(s.requestId())).and("_id").ne(id)), Commitment.class)) {
                        return Outcome.appliedIf(false);
                    }
                    boolean made = false;
                    if (store.find(Commitment.class, id).isEmpty()) {
                        try {
                            store.save(Commitment.delivered(id, needId(s.requestId()), offerOf(mongo, s.organizationId(), s.language()),
                                    s.organizationId(), INTERPRETATION, 1, UNIT, clock.instant()));
                            made = true;
                        } catch (ConflictException raced) {
                            // made by a concurrent delivery of the same event; its own event reaches the need
                        }
                    }
                    // The commitment's event records the delivery on the need too; doing it here shows it at once.
                    return Outcome.appliedIf(needs.recordDelivery(needId(s.requestId()), id, 1) || made);
                }));
    }

    /** The organisation's active offer of interpretation in the language, if it has one: what the work was given under. */
    private static String offerOf(MongoTemplate mongo, String organizationId, String language) {
        Query query = Query.query(Criteria.where("organizationId").is(organizationId).and("resourceType").is(INTERPRETATION)
                .and("status").is("ACTIVE").and("languages").is(language));
        query.fields().include("_id");
        Document offer = mongo.findOne(query, Document.class, "offers");
        return offer == null ? null : String.valueOf(offer.get("_id"));
    }
}
