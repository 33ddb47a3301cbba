package org.samverkan.communications.store;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Saves a change that raises no event (creating or editing a draft, submitting, approving, a retry pending): the
 * platform's AggregateStore treats an aggregate loaded at version 0 as new, and bumps versions only with events. Such a
 * change bumps the version itself ({@link Changes#touch}) and is written here under the same version guard, so a
 * concurrent edit is still refused, never lost. Event versions may then have gaps, which consumers tolerate.
 */
@Component
public class QuietChanges {
    private static final int DUPLICATE_KEY = 11000;
    private final MongoTemplate mongo;

    QuietChanges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates an aggregate that raised no event. It is stored at version 1, because the platform's store takes an
     * aggregate loaded at version 0 for a new one and would try to insert it again on its first event.
     */
    public <A extends AggregateRoot & Changes> A insert(A aggregate) {
        if (aggregate.getVersion() != 0) {
            throw new IllegalStateException("insert expects a new aggregate");
        }
        aggregate.touch();
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        try {
            mongo.insert(state, mongo.getCollectionName(aggregate.getClass()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A record with id " + aggregate.getId() + " already exists");
        }
        return aggregate;
    }

    /**
     * Creates many new aggregates that raised no event in one unordered bulk insert (fan-out to thousands of
     * organisations in a few round trips). Ids that already exist are skipped, so a repeated fan-out adds nothing.
     *
     * @return how many were inserted
     */
    public <A extends AggregateRoot & Changes> int insertAll(List<A> aggregates) {
        if (aggregates.isEmpty()) {
            return 0;
        }
        List<Document> documents = new ArrayList<>(aggregates.size());
        for (A aggregate : aggregates) {
            aggregate.touch();
            Document state = new Document();
            mongo.getConverter().write(aggregate, state);
            documents.add(state);
        }
        try {
            mongo.getCollection(mongo.getCollectionName(aggregates.getFirst().getClass()))
                    .insertMany(documents, new InsertManyOptions().ordered(false));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return documents.size() - e.getWriteErrors().size();
        }
    }

    /** @param aggregate already touched once since it was loaded */
    public void save(AggregateRoot aggregate) {
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        Update update = new Update();
        state.forEach((field, value) -> {
            if (!"_id".equals(field)) {
                update.set(field, value);
            }
        });
        Query loaded = Query.query(Criteria.where("_id").is(aggregate.getId()).and("version").is(aggregate.getVersion() - 1));
        if (mongo.updateFirst(loaded, update, aggregate.getClass()).getMatchedCount() == 0) {
            throw new ConflictException("Record " + aggregate.getId() + " was changed by someone else; reload and try again");
        }
    }

    /** Implemented by aggregates with event-less changes. */
    public interface Changes {
        void touch();
    }
}
