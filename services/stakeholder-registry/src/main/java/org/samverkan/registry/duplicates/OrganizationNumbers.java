package org.samverkan.registry.duplicates;

import java.util.List;

import org.bson.Document;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One organisation per organisation number, enforced by the store: each number is claimed as the {@code _id} of
 * a document in {@value #COLLECTION}, so two concurrent registrations cannot both win. (A unique index on
 * organizations.organizationNumber would need to be sparse or partial for the many organisations without one,
 * which the local stand-in does not reliably support; an {@code _id} is unique everywhere.)
 */
@Component
public class OrganizationNumbers {
    static final String COLLECTION = "organization_numbers";
    private final MongoTemplate mongo;

    OrganizationNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Claims the number for the organisation, or refuses with 409 naming organizationNumber and the holder. */
    public void claim(String number, String organizationId) {
        try {
            mongo.insert(new Document("_id", number).append("organizationId", organizationId), COLLECTION);
        } catch (DuplicateKeyException e) {
            throw taken(number, holder(number));
        }
    }

    /** Gives a claim back when the registration that made it could not be saved. */
    public void release(String number, String organizationId) {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(number).and("organizationId").is(organizationId)), COLLECTION);
    }

    public String holder(String number) {
        Document claim = mongo.findById(number, Document.class, COLLECTION);
        return claim == null ? null : claim.getString("organizationId");
    }

    public static ProblemException taken(String number, String holder) {
        String message = "organisation number " + number + " is already registered" + (holder == null ? "" : " (organisation " + holder + ")");
        return new ProblemException(HttpStatus.CONFLICT, "Duplicate organisation", message,
                List.of(new FieldProblem("organizationNumber", message)));
    }
}
