package org.samverkan.registry.organization;

import org.bson.Document;
import org.samverkan.platform.store.IndexesWhenReachable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Indexes for the reach queries, coverage and duplicate lookups on a real MongoDB (multikey on the reach arrays).
 * The local stand-in accepts but largely ignores non-unique indexes and scans instead; that is measured in
 * docs/benchmarks.md. A store not answering at start does not stop the service: the indexes are made once it answers.
 */
@Component
class OrganizationIndexes {
    private final MongoTemplate mongo;

    OrganizationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        IndexesWhenReachable.create("registry", this::create);
    }

    private void create() {
        var indexes = mongo.indexOps("organizations");
        indexes.createIndex(new CompoundIndexDefinition(new Document("status", 1).append("reach.areas", 1).append("name", 1)));
        indexes.createIndex(new CompoundIndexDefinition(new Document("status", 1).append("reach.languages", 1)));
        indexes.createIndex(new CompoundIndexDefinition(new Document("status", 1).append("reach.targetGroups", 1)));
        indexes.createIndex(new Index("nameTokens", Sort.Direction.ASC));
        indexes.createIndex(new Index("estimatedPeople", Sort.Direction.DESC));
        mongo.indexOps("audit").createIndex(new Index("organizationId", Sort.Direction.ASC));
        mongo.indexOps("contact_persons").createIndex(new Index("organizationId", Sort.Direction.ASC));
    }
}
