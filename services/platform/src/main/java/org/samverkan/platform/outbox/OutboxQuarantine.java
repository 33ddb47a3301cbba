package org.samverkan.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Documents whose next event can never be published. A permanent send failure (too large for the producer, not
 * serialisable, an invalid topic, a stored event that cannot be read) is counted in the document; after
 * {@code quarantine-after} attempts the document is marked, so its later events wait in order while every other
 * document flows. Transient failures (broker down, timeouts) never count: they are retried for as long as they last.
 * An operator releases a document (the event is tried again, e.g. after raising the producer's limit) or skips its
 * event (moved, whole, into the document's {@code outboxSkipped} list, never dropped silently).
 */
public class OutboxQuarantine {
    static final String QUARANTINE = "outboxQuarantine";
    static final String FAILURE = "outboxFailure";
    static final String SKIPPED = "outboxSkipped";
    private static final Logger log = LoggerFactory.getLogger(OutboxQuarantine.class);
    private static final List<Class<? extends Throwable>> PERMANENT = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, SerializationException.class, InvalidTopicException.class,
            UnpublishableEventException.class);
    private final MongoTemplate mongo;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final int attempts;
    private final Supplier<Set<String>> collections;

    OutboxQuarantine(MongoTemplate mongo, OutboxMetrics metrics, Clock clock, int attempts, Supplier<Set<String>> collections) {
        this.mongo = mongo;
        this.metrics = metrics;
        this.clock = clock;
        this.attempts = attempts;
        this.collections = collections;
    }

    /** The cause that makes a send failure permanent, or null for a transient one. */
    static Throwable permanentCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> permanent : PERMANENT) {
                if (permanent.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * Counts one more permanent failure of the document's first waiting event (still leased to this round) and
     * quarantines the document once the attempts are used up.
     */
    void failed(String collection, String id, String round, Document event, Document previous, Throwable cause) {
        String eventId = event.getString("eventId");
        int attempt = previous != null && eventId.equals(previous.getString("eventId"))
                ? previous.getInteger("attempts", 0) + 1 : 1;
        String reason = reason(cause);
        Query leased = Query.query(Criteria.where("_id").is(id).and(OutboxRelay.LEASE + ".round").is(round));
        if (attempt < attempts) {
            log.warn("Event {} ({}) of {}/{} cannot be published, attempt {} of {}: {}",
                    event.getString("type"), eventId, collection, id, attempt, attempts, reason);
            mongo.updateFirst(leased, new Update().set(FAILURE, new Document("eventId", eventId).append("attempts", attempt)),
                    collection);
            return;
        }
        Document mark = new Document("eventId", eventId).append("type", event.getString("type"))
                .append("aggregateVersion", event.get("aggregateVersion")).append("attempts", attempt)
                .append("reason", reason).append("since", Date.from(clock.instant()));
        mongo.updateFirst(leased, new Update().set(QUARANTINE, mark).unset(FAILURE).unset(OutboxRelay.LEASE), collection);
        log.error("Quarantined {}/{}: its event {} ({}, version {}) cannot be published after {} attempts ({}); its later "
                        + "events wait. Release or skip it at /actuator/outbox",
                collection, id, event.getString("type"), eventId, event.get("aggregateVersion"), attempt, reason);
        recount();
    }

    List<QuarantinedDocument> list() {
        List<QuarantinedDocument> found = new ArrayList<>();
        for (String collection : collections.get()) {
            Query quarantined = Query.query(Criteria.where(QUARANTINE).exists(true));
            quarantined.fields().include(QUARANTINE);
            for (Document document : mongo.find(quarantined, Document.class, collection)) {
                found.add(QuarantinedDocument.of(collection, String.valueOf(document.get("_id")), document.get(QUARANTINE, Document.class)));
            }
        }
        return found;
    }

    /** Lifts the quarantine: the event is tried again, with a fresh count of attempts. */
    boolean release(String collection, String id) {
        boolean released = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(QUARANTINE).exists(true)),
                new Update().unset(QUARANTINE).unset(FAILURE), collection).getModifiedCount() > 0;
        if (released) {
            log.info("Released {}/{} from quarantine: its waiting events are tried again", collection, id);
            recount();
        }
        return released;
    }

    /**
     * Takes the quarantined event out of the waiting ones and keeps it, whole, in {@code outboxSkipped}; the later
     * events then flow. Only the event named (the one quarantined), so a skip never takes a different event.
     */
    boolean skip(String collection, String id, String eventId) {
        Query quarantined = Query.query(Criteria.where("_id").is(id).and(QUARANTINE + ".eventId").is(eventId));
        quarantined.fields().include(AggregateStore.PENDING_EVENTS).include(QUARANTINE);
        Document document = mongo.findOne(quarantined, Document.class, collection);
        if (document == null) {
            return false;
        }
        Document event = document.getList(AggregateStore.PENDING_EVENTS, Document.class, List.of()).stream()
                .filter(e -> eventId.equals(e.getString("eventId"))).findFirst().orElse(new Document("eventId", eventId));
        Document skipped = new Document(event).append("skippedAt", Date.from(clock.instant()))
                .append("reason", document.get(QUARANTINE, Document.class).getString("reason"));
        Update update = new Update().pull(AggregateStore.PENDING_EVENTS, new Document("eventId", eventId))
                .push(SKIPPED, skipped).unset(QUARANTINE).unset(FAILURE);
        if (mongo.updateFirst(quarantined, update, collection).getModifiedCount() == 0) {
            return false;
        }
        log.warn("Skipped event {} ({}, version {}) of {}/{}: kept in its {} list, never published; its later events flow",
                event.getString("type"), eventId, event.get("aggregateVersion"), collection, id, SKIPPED);
        recount();
        return true;
    }

    /** Refreshes the gauge from the store (every sweep, and after each change here). */
    void recount() {
        metrics.quarantined(list().size());
    }

    /** The failure's class and message: Kafka's messages name sizes and topics, never the record. */
    private static String reason(Throwable cause) {
        String reason = cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return reason.length() > 300 ? reason.substring(0, 300) : reason;
    }
}
