package org.samverkan.followup.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.samverkan.platform.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which set of dashboard collections answers queries (live) and which one a rebuild is filling (building). Consumers
 * write every event into both while a rebuild runs, so nothing published during the rebuild is missing after the
 * switch. The pointer is one document; other instances pick changes up within {@link #REFRESH}.
 */
@Component
class Generations {
    static final Duration REFRESH = Duration.ofSeconds(1);
    private static final String COLLECTION = "dashboard_generations";
    private static final String POINTER = "pointer";
    private final MongoTemplate mongo;
    private volatile Document cached;
    private volatile long readAt;

    Generations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    String live() {
        return pointer().getString("live");
    }

    /** Where consumed events go: the live generation, and the one being rebuilt if any. */
    List<String> targets() {
        Document p = pointer();
        List<String> targets = new ArrayList<>(List.of(p.getString("live")));
        if (p.getString("building") != null) {
            targets.add(p.getString("building"));
        }
        return targets;
    }

    /** The generation a rebuild is filling, read fresh from the store; null if none. */
    String building() {
        refresh();
        return cached.getString("building");
    }

    /** One rebuild at a time (the rebuild's lease is the claim; this write is the guard): takes the building slot. */
    void startBuilding(String generation) {
        pointer();
        var claimed = mongo.updateFirst(Query.query(Criteria.where("_id").is(POINTER).and("building").is(null)),
                new Update().set("building", generation), COLLECTION);
        if (claimed.getModifiedCount() == 0) {
            throw new ConflictException("A dashboard rebuild is already running");
        }
        refresh();
    }

    /** Makes the rebuilt generation live; returns the generation it replaced. */
    String switchTo(String generation) {
        String previous = live();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(POINTER).and("building").is(generation)),
                new Update().set("live", generation).set("previous", previous).unset("building"), COLLECTION);
        refresh();
        return previous;
    }

    void abandon(String generation) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(POINTER).and("building").is(generation)),
                new Update().unset("building"), COLLECTION);
        refresh();
    }

    private Document pointer() {
        if (cached == null || System.nanoTime() - readAt > REFRESH.toNanos()) {
            refresh();
        }
        return cached;
    }

    private synchronized void refresh() {
        Document found = mongo.findById(POINTER, Document.class, COLLECTION);
        if (found == null) {
            try {
                mongo.insert(new Document("_id", POINTER).append("live", "g0"), COLLECTION);
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // fine: read theirs below
            }
            found = mongo.findById(POINTER, Document.class, COLLECTION);
        }
        cached = found;
        readAt = System.nanoTime();
    }
}
