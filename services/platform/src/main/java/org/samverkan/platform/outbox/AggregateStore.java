package org.samverkan.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    public <A extends AggregateRoot> A save(A aggregate) {
        List<AggregateRoot.RaisedEvent> raised = aggregate.drainRaised();
        long loadedVersion = aggregate.version - raised.size();
        String collection = mongo.getCollectionName(aggregate.getClass());
        List<Document> pending = toPending(aggregate, raised);
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        state.put("version", aggregate.version);
        if (loadedVersion == 0) {
            insert(collection, state, pending);
        } else {
            update(collection, aggregate, loadedVersion, state, pending);
        }
        if (!pending.isEmpty()) {
            relay.nudge(collection, aggregate.id);
        }
        return aggregate;
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

    private void update(String collection, AggregateRoot aggregate, long loadedVersion, Document state, List<Document> pending) {
        String id = aggregate.id;
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
        Query current = Query.query(Criteria.where("_id").is(id).and("version").is(loadedVersion));
        if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
            throw new ConflictException("Record " + id + " was changed by someone else (expected version "
                    + loadedVersion + "); reload and try again");
        }
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
                    .append("payload", json.writeValueAsString(r.event())));
        }
        return pending;
    }
}
