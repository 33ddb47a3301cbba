package org.samverkan.inventory;

import org.samverkan.platform.store.IndexesWhenReachable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the inventory's read paths rely on in MongoDB: matching filters offers by type, status and area;
 * gap analysis and listings read commitments by need and status. Created at start (idempotent; a store not answering then does not stop the service). The local
 * stand-in (mongo-java-server) accepts non-unique indexes but does not use them — every query there is a
 * collection scan; see docs/benchmarks.md.
 */
@Component
class InventoryIndexes {
    private final MongoTemplate mongo;

    InventoryIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        IndexesWhenReachable.create("inventory", this::create);
    }

    private void create() {
        mongo.indexOps("offers").createIndex(new Index().on("resourceType", Direction.ASC).on("status", Direction.ASC)
                .on("areas", Direction.ASC).named("matching"));
        mongo.indexOps("offers").createIndex(new Index().on("organizationId", Direction.ASC).named("by_organization"));
        mongo.indexOps("needs").createIndex(new Index().on("status", Direction.ASC).named("by_status"));
        mongo.indexOps("commitments").createIndex(new Index().on("needId", Direction.ASC).named("by_need"));
        mongo.indexOps("commitments").createIndex(new Index().on("organizationId", Direction.ASC).named("by_organization"));
    }
}
