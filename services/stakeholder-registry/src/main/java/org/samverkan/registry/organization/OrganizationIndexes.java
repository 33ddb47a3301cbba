package org.samverkan.registry.organization;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * docs/benchmarks.md. Failure to create an index is logged, not fatal: queries stay correct without it.
 */
@Component
class OrganizationIndexes {
    private static final Logger log = LoggerFactory.getLogger(OrganizationIndexes.class);
    private final MongoTemplate mongo;

    OrganizationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        var indexes = mongo.indexOps("organizations");
        try {
            indexes.createIndex(new CompoundIndexDefinition(new Document("status", 1).append("reach.areas", 1).append("name", 1)));
            indexes.createIndex(new CompoundIndexDefinition(new Document("status", 1).append("reach.languages", 1)));
            indexes.createIndex(new CompoundIndexDefinition(new Document("status", 1).append("reach.targetGroups", 1)));
            indexes.createIndex(new Index("nameTokens", Sort.Direction.ASC));
            indexes.createIndex(new Index("estimatedPeople", Sort.Direction.DESC));
            mongo.indexOps("audit").createIndex(new Index("organizationId", Sort.Direction.ASC));
            mongo.indexOps("contact_persons").createIndex(new Index("organizationId", Sort.Direction.ASC));
        } catch (RuntimeException e) {
            log.warn("Could not create registry indexes ({}); queries work without them, only slower", e.getMessage());
        }
    }
}
