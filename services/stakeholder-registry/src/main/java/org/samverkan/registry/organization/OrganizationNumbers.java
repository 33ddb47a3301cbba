package org.samverkan.registry.organization;

import java.util.List;

import org.bson.Document;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One organisation per organisation number, enforced by the store: each number is claimed as the {@code _id} of
 * a document in {@value #COLLECTION}, so two concurrent registrations cannot both win. (A unique index on
 * organizations.organizationNumber would need to be sparse or partial for the many organisations without one,
 * which the local stand-in does not reliably support; an {@code _id} is unique everywhere.)
 */
@Component
class OrganizationNumbers {
    static final String COLLECTION = "organization_numbers";
    private final MongoTemplate mongo;

    OrganizationNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Claims the number for the organisation, or refuses with 409 naming organizationNumber and the holder. A claim
     * whose organisation was never saved (a crash between the claim and the save) is stale and is taken over.
     */
    void claim(String number, String organizationId) {
        try {
            mongo.insert(new Document("_id", number).append("organizationId", organizationId), COLLECTION);
        } catch (DuplicateKeyException e) {
            String holder = holder(number);
            if (holder != null && !organizationExists(holder) && mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(number).and("organizationId").is(holder)),
                    Update.update("organizationId", organizationId), COLLECTION).getModifiedCount() == 1) {
                return;
            }
            throw taken(number, holder);
        }
    }

    /**
     * Gives a claim back when the registration that made it could not be saved — only if it really was not: after an
     * ambiguous failure (the write applied, the answer was lost) the organisation keeps its number.
     */
    void release(String number, String organizationId) {
        if (!organizationExists(organizationId)) {
            mongo.remove(Query.query(Criteria.where("_id").is(number).and("organizationId").is(organizationId)), COLLECTION);
        }
    }

    /** After a merge the survivor holds the number the merged record had. */
    void transfer(String number, String fromOrganizationId, String toOrganizationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(number).and("organizationId").is(fromOrganizationId)),
                Update.update("organizationId", toOrganizationId), COLLECTION);
    }

    private boolean organizationExists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), "organizations");
    }

    String holder(String number) {
        Document claim = mongo.findById(number, Document.class, COLLECTION);
        return claim == null ? null : claim.getString("organizationId");
    }

    static ProblemException taken(String number, String holder) {
        // Self-registration is anonymous: who holds the number is not the caller's to learn.
        String message = "organisation number " + number + " is already registered";
        return new ProblemException(HttpStatus.CONFLICT, "Duplicate organisation", message,
                List.of(new FieldProblem("organizationNumber", message)));
    }
}
