package org.samverkan.platform.lease;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Named leases in the service's own store, so one instance at a time does a job (a dead-letter replay, a rebuild)
 * and a crashed owner's claim runs out by itself. A claim is one single-document upsert: a lease still held
 * matches nothing, the upsert's insert then hits the existing id, and the claim fails.
 */
public class Leases {
    static final String COLLECTION = "platform_leases";
    private final MongoTemplate mongo;
    private final Clock clock;

    public Leases(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return the claim, or null if another owner holds the lease */
    public Claim claim(String name, Duration length) {
        String owner = UUID.randomUUID().toString();
        Query free = Query.query(Criteria.where("_id").is(name).and("until").lt(Date.from(clock.instant())));
        try {
            mongo.upsert(free, new Update().set("owner", owner).set("until", Date.from(clock.instant().plus(length))), COLLECTION);
            return new Claim(name, owner);
        } catch (DuplicateKeyException held) {
            return null;
        }
    }

    /**
     * Extends a lease its owner still holds (also one that ran out but that nobody claimed since); a long job calls it
     * every part of the lease's length, so the lease stays short and a crashed owner's claim still runs out.
     *
     * @return false if another owner holds the lease now
     */
    public boolean renew(Claim claim, Duration length) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(claim.name()).and("owner").is(claim.owner())),
                new Update().set("until", Date.from(clock.instant().plus(length))), COLLECTION).getMatchedCount() > 0;
    }

    public void release(Claim claim) {
        mongo.remove(Query.query(Criteria.where("_id").is(claim.name()).and("owner").is(claim.owner())), COLLECTION);
    }

    public record Claim(String name, String owner) {
    }
}
