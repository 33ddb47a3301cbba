package org.samverkan.communications.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.consumer.Outcome;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Communications' local copy of registry organisations and their reach, keyed by the registry's id and guarded by
 * its aggregate version, so duplicates and replays change nothing.
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

    public Outcome apply(OrganizationCopy org) {
        return writer.applyIfNewer(COLLECTION, org.id(), org.version(), new Update().set("name", org.name())
                .set("status", org.status()).set("areas", org.areas()).set("languages", org.languages())
                .set("targetGroups", org.targetGroups()));
    }

    /** Verified organisations whose reach includes at least one of these areas. */
    public List<OrganizationCopy> verifiedReaching(Collection<String> areas) {
        Query query = Query.query(Criteria.where("status").is("VERIFIED").and("areas").in(areas));
        return mongo.find(query, OrganizationCopy.class, COLLECTION);
    }

    public Optional<OrganizationCopy> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OrganizationCopy.class, COLLECTION));
    }
}
