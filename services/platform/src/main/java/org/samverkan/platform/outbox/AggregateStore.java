package org.samverkan.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.samverkan.platform.events.EventType;
import org.samverkan.platform.observability.TraceContext;
import org.samverkan.platform.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves an aggregate and the events it raised in one atomic single-document write (no multi-document
 * transaction needed): the events wait in the document's {@code pendingEvents} array until the
 * {@link OutboxRelay} has published them. Updates are guarded by the version the aggregate was loaded at,
 * so a concurrent change is refused instead of lost.
 */
public class AggregateStore {
    public static final String PENDING_EVENTS = "pendingEvents";
    private static final int DUPLICATE_KEY = 11000;
    /**
     * The largest event payload written to the outbox, in UTF-8 bytes: below the producer's {@code max.request.size}
     * (Kafka's default 1 MiB) with room for key and CloudEvents headers, so every event written can be sent.
     */
    public static final int MAX_EVENT_BYTES = 900 * 1024;
    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final Clock clock;

    public AggregateStore(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.relay = relay;
        this.clock = clock;
    }

    public <A extends AggregateRoot> Optional<A> find(Class<A> type, String id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Inserts a never-saved aggregate, or updates it guarded by the revision it was loaded at (a concurrent change
     * is refused with 409, never lost). Changes that raise no event are saved the same way.
     */
    public <A extends AggregateRoot> A save(A aggregate) {
        List<AggregateRoot.RaisedEvent> raised = aggregate.drainRaised();
        long loadedVersion = aggregate.version - raised.size();
        long loadedRevision = aggregate.revision;
        List<Document> pending = toPending(aggregate, raised);
        String collection = mongo.getCollectionName(aggregate.getClass());
        aggregate.revision = loadedRevision + 1;
        Document state = stateOf(aggregate);
        if (loadedRevision == 0 && loadedVersion == 0) {
            insert(collection, state, pending);
        } else {
            update(collection, aggregate, guard(aggregate.id, loadedRevision, loadedVersion), state, pending);
        }
        if (!pending.isEmpty()) {
            relay.nudge(collection, aggregate.id);
        }
        return aggregate;
    }

    /**
     * Inserts many never-saved aggregates of one type in one unordered bulk write (a fan-out to thousands of
     * recipients in a few round trips). Ids that already exist are skipped, so repeating a fan-out adds nothing.
     *
     * @return how many were inserted
     */
    public <A extends AggregateRoot> int insertAll(List<A> aggregates) {
        if (aggregates.isEmpty()) {
            return 0;
        }
        String collection = mongo.getCollectionName(aggregates.getFirst().getClass());
        List<Document> documents = new ArrayList<>(aggregates.size());
        for (A aggregate : aggregates) {
            if (aggregate.revision != 0) {
                throw new IllegalStateException("insertAll takes never-saved aggregates only");
            }
            List<Document> pending = toPending(aggregate, aggregate.drainRaised());
            aggregate.revision = 1;
            Document state = stateOf(aggregate);
            state.put(PENDING_EVENTS, pending);
            if (!pending.isEmpty()) {
                state.put(OutboxRelay.PENDING_FLAG, true);
            }
            documents.add(state);
        }
        int inserted = documents.size();
        try {
            mongo.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            inserted -= e.getWriteErrors().size();
        }
        documents.stream().filter(d -> d.containsKey(OutboxRelay.PENDING_FLAG))
                .forEach(d -> relay.nudge(collection, String.valueOf(d.get("_id"))));
        return inserted;
    }

    private Document stateOf(AggregateRoot aggregate) {
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        state.put("version", aggregate.version);
        state.put("revision", aggregate.revision);
        return state;
    }

    /** Documents written before revisions existed carry none; for them the event version is the guard. */
    private static Query guard(String id, long loadedRevision, long loadedVersion) {
        Criteria criteria = Criteria.where("_id").is(id);
        return Query.query(loadedRevision == 0
                ? criteria.and("revision").exists(false).and("version").is(loadedVersion)
                : criteria.and("revision").is(loadedRevision));
    }

    private void insert(String collection, Document state, List<Document> pending) {
        state.put(PENDING_EVENTS, pending);
        if (!pending.isEmpty()) {
            state.put(OutboxRelay.PENDING_FLAG, true);
        }
        try {
            mongo.insert(state, collection);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A record with id " + state.get("_id") + " already exists");
        }
    }

    private void update(String collection, AggregateRoot aggregate, Query current, Document state, List<Document> pending) {
        Update update = new Update();
        state.forEach((field, value) -> {
            if (!"_id".equals(field) && !PENDING_EVENTS.equals(field) && !OutboxRelay.LEASE.equals(field)
                    && !OutboxRelay.PENDING_FLAG.equals(field)) {
                update.set(field, value);
            }
        });
        // The converter leaves null properties out; a field that became null must be removed, not kept.
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass())
                .doWithProperties((MongoPersistentProperty property) -> {
                    if (!property.isIdProperty() && !state.containsKey(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        if (!pending.isEmpty()) {
            update.push(PENDING_EVENTS).each(pending.toArray());
            update.set(OutboxRelay.PENDING_FLAG, true);
        }
        if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
            throw new ConflictException("Record " + aggregate.id + " was changed by someone else; reload and try again");
        }
    }

    /** Refused before anything is written: an event the producer could never send would block its aggregate. */
    private static String sendable(String payload, String type) {
        int bytes = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_EVENT_BYTES) {
            throw new org.samverkan.platform.web.RuleViolationException("body", "the change would make a " + type
                    + " event of " + bytes + " bytes; at most " + MAX_EVENT_BYTES + " can be published");
        }
        return payload;
    }

    private List<Document> toPending(AggregateRoot aggregate, List<AggregateRoot.RaisedEvent> raised) {
        List<Document> pending = new ArrayList<>(raised.size());
        Instant now = clock.instant();
        String traceparent = TraceContext.currentTraceparent();
        for (AggregateRoot.RaisedEvent r : raised) {
            EventType type = r.event().getClass().getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalStateException(r.event().getClass() + " lacks @EventType");
            }
            pending.add(new Document("eventId", UUID.randomUUID().toString())
                    .append("type", type.value())
                    .append("topic", aggregate.eventTopic())
                    .append("subject", aggregate.id)
                    .append("aggregateVersion", r.version())
                    .append("time", Date.from(now))
                    .append("traceparent", traceparent)
                    .append("payload", sendable(json.writeValueAsString(r.event()), type.value())));
        }
        return pending;
    }
}
