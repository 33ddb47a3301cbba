package org.samverkan.communications.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which due deliveries one sending instance may attempt, as OutboxRelay leases documents: one guarded update claims a
 * round's deliveries (each document's update is atomic, so each goes to one round of one instance), then the round
 * reads back exactly those it got. The claim records the attempt (counts it, bumps the revision so no stale save
 * undoes it) before anything is sent.
 */
final class DeliveryClaims {
    private static final String COLLECTION = "deliveries";
    private static final String LEASE = "lease";
    private final MongoTemplate mongo;
    private final String owner = UUID.randomUUID().toString();

    record Due(String id, String organizationId) {
    }

    DeliveryClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Pending, due and not leased (or the lease ran out), oldest first. */
    List<Due> due(Instant now, int limit) {
        Query query = claimable(now).with(Sort.by("nextAttemptAt")).limit(limit);
        query.fields().include("_id").include("organizationId");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new Due(String.valueOf(d.get("_id")), d.getString("organizationId"))).toList();
    }

    /** @return the deliveries this round got, each with its lease; another instance may have got some of the others */
    List<Delivery> claim(List<String> ids, String round, Instant now, Duration lease) {
        Document held = new Document("owner", owner).append("round", round).append("until", Date.from(now.plus(lease)));
        mongo.updateMulti(claimable(now).addCriteria(Criteria.where("_id").in(ids)),
                new Update().set(LEASE, held).inc("attempts", 1).inc("revision", 1), COLLECTION);
        return mongo.find(Query.query(Criteria.where("_id").in(ids).and(LEASE + ".round").is(round)), Delivery.class, COLLECTION);
    }

    /** Moves deliveries a full channel cannot take now behind the others, so those on free channels are seen. */
    void defer(List<String> ids, Instant now, Instant until) {
        mongo.updateMulti(claimable(now).addCriteria(Criteria.where("_id").in(ids)),
                new Update().set("nextAttemptAt", Date.from(until)), COLLECTION);
    }

    private static Query claimable(Instant now) {
        return Query.query(Criteria.where("status").is(DeliveryStatus.PENDING.name()).and("nextAttemptAt").lte(Date.from(now))
                .orOperator(Criteria.where(LEASE).exists(false), Criteria.where(LEASE + ".until").lt(Date.from(now))));
    }
}
