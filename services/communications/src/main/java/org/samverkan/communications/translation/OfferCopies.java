package org.samverkan.communications.translation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A copy of the inventory's offers, reduced to who offers what in which languages ({@code offerCopy-in-0},
 * version-guarded, so duplicates and replays change nothing): who a translation request goes to by default (ADR 0021).
 */
@Configuration(proxyBeanMethods = false)
class OfferCopies {
    static final String COLLECTION = "offer_copies";

    @Bean
    TypedEventConsumer offerCopy(EventConsumers consumers, MongoTemplate mongo) {
        ProjectionWriter writer = new ProjectionWriter(mongo);
        return consumers.of(EventRouter.<Outcome>create().on(InventoryOffers.OfferState.class, event -> {
            var offer = event.data();
            if (offer.offerId() == null || offer.organizationId() == null) {
                throw new MalformedEventException("Offer event " + event.id() + " lacks offerId or organizationId");
            }
            return writer.applyIfNewer(COLLECTION, offer.offerId(), event.aggregateVersion(), new Update()
                    .set("organizationId", offer.organizationId()).set("resourceType", offer.resourceType())
                    .set("languages", offer.languages() == null ? List.of() : offer.languages()).set("status", offer.status()));
        }));
    }

    /** The organisations with an active offer of interpretation in this language (verified or not: the caller asks). */
    static Set<String> interpretersOf(MongoTemplate mongo, String language) {
        Query query = Query.query(Criteria.where("resourceType").is(InventoryOffers.INTERPRETATION).and("status").is("ACTIVE")
                .and("languages").is(language));
        query.fields().include("organizationId");
        Set<String> organizations = new TreeSet<>();
        mongo.find(query, org.bson.Document.class, COLLECTION).forEach(d -> organizations.add(d.getString("organizationId")));
        return organizations;
    }
}
