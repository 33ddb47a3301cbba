package org.samverkan.inventory.organization;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.consumer.Outcome;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
    public Outcome apply(String id, String name, String status, OrganizationCopy.Reach reach, long version) {
        Document codes = new Document("areas", reach.areas()).append("languages", reach.languages())
                .append("targetGroups", reach.targetGroups());
        return writer.applyIfNewer(COLLECTION, id, version, new Update().set("name", name).set("status", status).set("reach", codes));
    }

    /** Which of these organisations are verified now; one query, however many offers refer to them. */
    public Set<String> verifiedAmong(Collection<String> ids) {
        return verifiedNamesAmong(ids).keySet();
    }

    /** The verified ones among these organisations, id → name, so a match can name who offers (one query). */
    public Map<String, String> verifiedNamesAmong(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(new HashSet<>(ids)).and("status").is("VERIFIED"));
        query.fields().include("_id").include("name");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .collect(Collectors.toMap(d -> String.valueOf(d.get("_id")), d -> String.valueOf(d.get("name"))));
    }

    /** Every verified organisation's id and name (the inventory's copy is small: one document per organisation). */
    public Map<String, String> verifiedNames() {
        Query query = Query.query(Criteria.where("status").is("VERIFIED"));
        query.fields().include("_id").include("name");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .collect(Collectors.toMap(d -> String.valueOf(d.get("_id")), d -> String.valueOf(d.get("name"))));
    }

    public Optional<OrganizationCopy> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OrganizationCopy.class, COLLECTION));
    }
}
