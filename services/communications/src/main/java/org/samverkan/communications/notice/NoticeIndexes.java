package org.samverkan.communications.notice;

import org.samverkan.platform.store.IndexesWhenReachable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the notices overview relies on in MongoDB: by status or incident, most recently changed first, and
 * by target area. Created at start (idempotent). The local stand-in (mongo-java-server) accepts them but scans.
 */
@Component
class NoticeIndexes {
    private final MongoTemplate mongo;

    NoticeIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        IndexesWhenReachable.create("notices", this::create);
    }

    private void create() {
        mongo.indexOps("notices").createIndex(new Index().on("status", Direction.ASC).on("changedAt", Direction.DESC).named("by_status"));
        mongo.indexOps("notices").createIndex(new Index().on("content.incident", Direction.ASC).on("changedAt", Direction.DESC).named("by_incident"));
        mongo.indexOps("notices").createIndex(new Index().on("content.areas", Direction.ASC).named("by_area"));
        mongo.indexOps("incidents").createIndex(new Index().on("status", Direction.ASC).named("by_status"));
    }
}
