package org.samverkan.communications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.bson.Document;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.reference.ReferenceData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One pending delivery per receiving organisation ({@link Recipients}), written in bulk. Delivery ids are
 * deterministic, so a redelivered event, or two instances handling it, create each delivery once.
 */
@Component
class FanOut {
    private static final int BULK = 1000;
    private final OrganizationCopies organizations;
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Clock clock;
    /** The main language and its easy-read variant: every organisation gets them. */
    private final List<String> always;

    FanOut(OrganizationCopies organizations, MongoTemplate mongo, AggregateStore store, Clock clock, ReferenceData reference) {
        this.organizations = organizations;
        this.always = Stream.concat(Stream.of(reference.mainLanguage()), reference.easyRead().stream()).toList();
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    /** @return how many deliveries were created (0 for a repeated event) */
    int deliver(DeliveryEvents.MessageKind kind, String messageId, List<String> areas, List<String> groups,
                Collection<String> languages) {
        Set<String> existing = existing(messageId);
        Instant now = clock.instant();
        List<Delivery> batch = new ArrayList<>(BULK);
        int created = 0;
        for (var org : organizations.verifiedReaching(areas)) {
            if (Recipients.receives(org, areas, groups) && !existing.contains(Delivery.id(messageId, org.id()))) {
                batch.add(Delivery.pending(kind, messageId, org.id(), Recipients.languagesFor(org, languages, always), now));
                if (batch.size() == BULK) {
                    created += store.insertAll(batch);
                    batch = new ArrayList<>(BULK);
                }
            }
        }
        return created + store.insertAll(batch);
    }

    private Set<String> existing(String messageId) {
        Query query = Query.query(Criteria.where("noticeId").is(messageId));
        query.fields().include("_id");
        Set<String> ids = new HashSet<>();
        mongo.find(query, Document.class, "deliveries").forEach(d -> ids.add(String.valueOf(d.get("_id"))));
        return ids;
    }
}
