package org.samverkan.platform.consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent projection updates by construction: a local copy keyed by the producer's aggregate id keeps the
 * aggregate version it has seen, and an event is applied only if its version is newer — in one
 * single-document upsert. A duplicate or an old event matches no document, the upsert's insert then hits the
 * existing id, and nothing changes. Replaying a whole topic therefore changes nothing.
 */
public class ProjectionWriter {
    private final MongoTemplate mongo;

    public ProjectionWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Outcome applyIfNewer(String collection, String aggregateId, long version, Update update) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(aggregateId).and("version").lt(version));
        try {
            mongo.upsert(olderOrAbsent, update.set("version", version), collection);
            return Outcome.APPLIED;
        } catch (DuplicateKeyException alreadyNewer) {
            return Outcome.ALREADY_SEEN;
        }
    }
}
