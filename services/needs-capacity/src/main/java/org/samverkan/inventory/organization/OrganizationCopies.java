package org.samverkan.inventory.organization;

import java.util.Optional;

import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.consumer.ProjectionWriter.Outcome;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The inventory's local copy of registry organisations, keyed by the registry's organisation id and guarded by
 * the registry's aggregate version, so duplicates and replays change nothing.
 */
@Component
public class OrganizationCopies {
    static final String COLLECTION = "organization_copies";
    private final ProjectionWriter writer;
    private final MongoTemplate mongo;

    OrganizationCopies(ProjectionWriter writer, MongoTemplate mongo) {
        this.writer = writer;
        this.mongo = mongo;
    }

    /** The organisation's state as of registry version {@code version}; older or repeated versions change nothing. */
    public Outcome apply(String id, String name, String status, long version) {
        return writer.applyIfNewer(COLLECTION, id, version, new Update().set("name", name).set("status", status));
    }

    public Optional<OrganizationCopy> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OrganizationCopy.class, COLLECTION));
    }
}
