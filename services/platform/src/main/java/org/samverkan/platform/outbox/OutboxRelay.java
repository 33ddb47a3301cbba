package org.samverkan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.samverkan.platform.events.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents, in order, then removes them. A save nudges the relay so
 * events leave at once; a document whose events could not be sent (broker outage) is retried from an in-memory
 * queue every {@code retry-interval}; a sweep on its own thread — at start-up, then every {@code sweep-interval} —
 * picks up whatever a crash or another instance left behind. The sweep is the safety net, not the main path:
 * on MongoDB it reads the sparse index, but the local stand-in scans the collection, so it runs rarely. Several instances can relay side by side: documents are leased per round, so one aggregate's
 * events are only ever published by one round at a time and stay in order. Claiming, reading and releasing a
 * round's documents are three store operations whatever the round's size. A crash between publish and removal
 * publishes the events again; consumers are idempotent.
 */
public class OutboxRelay implements SmartLifecycle {
    static final String LEASE = "outboxLease";
    /** Set while a document has events waiting; sparse-indexed, so finding waiting documents is cheap. */
    static final String PENDING_FLAG = "outboxPending";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final String source;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<Target> nudges = new LinkedBlockingQueue<>();
    private final DelayQueue<Retry> retries = new DelayQueue<>();
    private volatile boolean running;
    private Thread nudged;
    private Thread sweeper;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties,
                       OutboxMetrics metrics, String source, Clock clock, Set<String> collections) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.metrics = metrics;
        this.source = source;
        this.clock = clock;
        this.collections.addAll(collections);
    }

    void nudge(String collection, String id) {
        collections.add(collection);
        if (running) {
            nudges.offer(new Target(collection, id));
        }
    }

    /** On first use rather than at start-up, so a service starts while its store is still coming up. */
    private void ensureIndex(String collection) {
        if (!indexed.contains(collection)) {
            mongo.indexOps(collection).createIndex(new Index(PENDING_FLAG, Sort.Direction.ASC).sparse().named("outbox_pending"));
            indexed.add(collection);
        }
    }

    /** Relays everything waiting now, in every known collection; returns the number of events published. */
    public int sweep() {
        int published = 0;
        for (String collection : collections) {
            List<String> ids;
            int round;
            do {
                ids = waitingIds(collection);
                round = relay(collection, ids);
                published += round;
            } while (ids.size() == properties.batchSize() && round > 0 && running);
        }
        return published;
    }

    private List<String> waitingIds(String collection) {
        ensureIndex(collection);
        Query query = Query.query(Criteria.where(PENDING_FLAG).is(true).orOperator(leaseFree(clock.instant())))
                .limit(properties.batchSize());
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> String.valueOf(d.get("_id"))).toList();
    }

    private static Criteria[] leaseFree(Instant now) {
        return new Criteria[] {Criteria.where(LEASE).exists(false), Criteria.where(LEASE + ".until").lt(Date.from(now))};
    }

    private int relay(String collection, List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String round = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Query claimable = Query.query(Criteria.where("_id").in(ids).and(PENDING_FLAG).is(true).orOperator(leaseFree(now)));
        mongo.updateMulti(claimable, new Update().set(LEASE, new Document("owner", owner).append("round", round)
                .append("until", Date.from(now.plus(properties.lease())))), collection);
        Query claimed = Query.query(Criteria.where("_id").in(ids).and(LEASE + ".round").is(round));
        claimed.fields().include(AggregateStore.PENDING_EVENTS);
        Map<String, List<Document>> waiting = new LinkedHashMap<>();
        for (Document document : mongo.find(claimed, Document.class, collection)) {
            waiting.put(String.valueOf(document.get("_id")), document.getList(AggregateStore.PENDING_EVENTS, Document.class, List.of()));
        }
        Map<String, List<CompletableFuture<Void>>> sends = new LinkedHashMap<>();
        waiting.forEach((id, events) -> sends.put(id, events.stream().map(this::send).toList()));
        List<String> done = new ArrayList<>();
        List<String> publishedIds = new ArrayList<>();
        for (var entry : sends.entrySet()) {
            if (awaitAll(collection, entry.getKey(), entry.getValue())) {
                done.add(entry.getKey());
                waiting.get(entry.getKey()).forEach(e -> {
                    publishedIds.add(e.getString("eventId"));
                    metrics.published(e.getString("type"), e.getString("topic"));
                });
            }
        }
        release(collection, round, done, publishedIds);
        backOff(collection, round);
        waiting.keySet().stream().filter(id -> !done.contains(id))
                .forEach(id -> retries.offer(new Retry(new Target(collection, id), System.nanoTime() + properties.retryInterval().toNanos())));
        return publishedIds.size();
    }

    /** Removes the published events (by id, so events added meanwhile stay) and gives the leases back. */
    private void release(String collection, String round, List<String> done, List<String> publishedIds) {
        if (done.isEmpty()) {
            return;
        }
        Update update = new Update().unset(LEASE);
        if (!publishedIds.isEmpty()) {
            update.pull(AggregateStore.PENDING_EVENTS, Query.query(Criteria.where("eventId").in(publishedIds)).getQueryObject());
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(done).and(LEASE + ".round").is(round)), update, collection);
        // Only where nothing new arrived meanwhile: a save that pushed events also set the flag again.
        mongo.updateMulti(Query.query(Criteria.where("_id").in(done).and(AggregateStore.PENDING_EVENTS).size(0)),
                new Update().unset(PENDING_FLAG), collection);
    }

    /**
     * Documents whose events could not be sent keep their lease until their retry is due, so no other round takes
     * them meanwhile; the retry queue brings them back (calm retries during an outage).
     */
    private void backOff(String collection, String round) {
        mongo.updateMulti(Query.query(Criteria.where(LEASE + ".round").is(round)),
                new Update().set(LEASE + ".until", Date.from(clock.instant().plus(properties.retryInterval()))), collection);
    }

    private CompletableFuture<Void> send(Document event) {
        Map<String, String> headers = new LinkedHashMap<>();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.getString("eventId"));
        header(headers, CloudEventHeaders.TYPE, event.getString("type"));
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, event.getDate("time").toInstant().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.getString("subject"));
        header(headers, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(event.get("aggregateVersion")));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.TRACEPARENT, event.getString("traceparent"));
        byte[] payload = event.getString("payload").getBytes(StandardCharsets.UTF_8);
        try {
            return publisher.publish(event.getString("topic"), event.getString("subject"), payload, headers);
        } catch (RuntimeException unreachable) {
            // No metadata within max.block.ms (broker down): fail this document only, the round goes on.
            return CompletableFuture.failedFuture(unreachable);
        }
    }

    private static void header(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private boolean awaitAll(String collection, String id, List<CompletableFuture<Void>> sends) {
        try {
            for (CompletableFuture<Void> send : sends) {
                send.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            metrics.failed();
            log.warn("Publishing events of {}/{} failed; they stay in the document and are retried: {}", collection, id, e.toString());
            return false;
        }
    }

    private void relayNudged() {
        while (running) {
            try {
                List<Target> batch = new ArrayList<>();
                for (Retry due = retries.poll(); due != null && batch.size() < properties.batchSize(); due = retries.poll()) {
                    batch.add(due.target());
                }
                Target first = batch.isEmpty() ? nudges.poll(200, TimeUnit.MILLISECONDS) : nudges.poll();
                if (first != null) {
                    batch.add(first);
                }
                if (batch.isEmpty()) {
                    continue;
                }
                nudges.drainTo(batch, Math.max(0, properties.batchSize() - batch.size()));
                Map<String, Set<String>> byCollection = new LinkedHashMap<>();
                batch.forEach(t -> byCollection.computeIfAbsent(t.collection(), c -> new LinkedHashSet<>()).add(t.id()));
                byCollection.forEach((collection, ids) -> relay(collection, List.copyOf(ids)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                roundFailed(e);
            }
        }
    }

    private void sweepPeriodically() {
        while (running) {
            try {
                sweep();
                Thread.sleep(properties.sweepInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                roundFailed(e);
            }
        }
    }

    private void roundFailed(RuntimeException e) {
        metrics.failed();
        log.warn("Outbox relay round failed; retrying: {}", e.toString());
        try {
            Thread.sleep(properties.retryInterval().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("Outbox relay disabled: events wait in their documents");
            return;
        }
        running = true;
        nudged = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relayNudged);
        sweeper = Thread.ofPlatform().name("outbox-sweep").daemon().start(this::sweepPeriodically);
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : new Thread[] {nudged, sweeper}) {
            if (thread != null) {
                thread.interrupt();
                try {
                    thread.join(properties.sendTimeout().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the binder's producers and stops before them, so the last round can finish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private record Target(String collection, String id) {
    }

    /** A document to try again once its lease has run out. */
    private record Retry(Target target, long dueNanos) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            // Due a little after the lease ends, so the claim finds it free.
            return unit.convert(dueNanos + 50_000_000L - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
