package org.samverkan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * Publishes the events waiting in aggregate documents, in order, then removes them. A document's events go one after
 * the other and none after one that failed, so a topic never holds a later version before an earlier one; an event
 * that can never be published puts its document in quarantine ({@link OutboxQuarantine}) instead of holding it up
 * round after round. A save nudges the relay so
 * events leave at once; a document whose events could not be sent (broker outage) is retried from an in-memory
 * queue every {@code retry-interval}; a sweep on its own thread — at start-up, then every {@code sweep-interval} —
 * picks up whatever a crash or another instance left behind. The sweep is the safety net, not the main path:
 * on MongoDB it reads the sparse index, but the local stand-in scans the collection, so it runs rarely. Several instances can relay side by side: documents are leased per round, so one aggregate's
 * events are only ever published by one round at a time and stay in order; a round renews its leases while it runs. Claiming, reading and releasing a
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
    /** Virtual threads: nothing to shut down, and a send blocked for metadata holds no platform thread. */
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("outbox-send-", 0).factory());
    private final OutboxQuarantine quarantine;
    private final BrokenOffRounds brokenOff = new BrokenOffRounds();
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
        this.quarantine = new OutboxQuarantine(mongo, metrics, clock, properties.quarantineAfter(), () -> Set.copyOf(this.collections));
    }

    boolean knows(String collection) {
        return collections.contains(collection);
    }

    OutboxQuarantine quarantine() {
        return quarantine;
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
        quarantine.recount();
        return published;
    }

    private List<String> waitingIds(String collection) {
        ensureIndex(collection);
        Query query = Query.query(Criteria.where(PENDING_FLAG).is(true).and(OutboxQuarantine.QUARANTINE).exists(false)
                .orOperator(leaseFree(clock.instant()))).limit(properties.batchSize());
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> String.valueOf(d.get("_id"))).toList();
    }

    /** Not leased, leased past its time, or leased by one of this relay's own rounds that broke off. */
    private Criteria[] leaseFree(Instant now) {
        Criteria free = Criteria.where(LEASE).exists(false);
        Criteria expired = Criteria.where(LEASE + ".until").lt(Date.from(now));
        List<String> broken = brokenOff.rounds(now);
        return broken.isEmpty() ? new Criteria[] {free, expired}
                : new Criteria[] {free, expired, Criteria.where(LEASE + ".owner").is(owner).and(LEASE + ".round").in(broken)};
    }

    private int relay(String collection, List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String round = UUID.randomUUID().toString();
        try {
            return relay(collection, ids, round);
        } catch (RuntimeException storeFailed) {
            // The store failed between two of the round's operations (none of its sends is in flight any more): its
            // leases are free for this relay's next round, and its documents are tried again like a failed send.
            Instant now = clock.instant();
            brokenOff.add(round, now, now.plus(properties.lease()));
            ids.forEach(id -> retryLater(new Target(collection, id)));
            throw storeFailed;
        }
    }

    private int relay(String collection, List<String> ids, String round) {
        Instant now = clock.instant();
        Query claimable = Query.query(Criteria.where("_id").in(ids).and(PENDING_FLAG).is(true)
                .and(OutboxQuarantine.QUARANTINE).exists(false).orOperator(leaseFree(now)));
        mongo.updateMulti(claimable, new Update().set(LEASE, new Document("owner", owner).append("round", round)
                .append("until", Date.from(now.plus(properties.lease())))), collection);
        Query claimed = Query.query(Criteria.where("_id").in(ids).and(LEASE + ".round").is(round));
        claimed.fields().include(AggregateStore.PENDING_EVENTS).include(OutboxQuarantine.FAILURE);
        Map<String, Document> documents = new LinkedHashMap<>();
        mongo.find(claimed, Document.class, collection).forEach(d -> documents.put(String.valueOf(d.get("_id")), d));
        if (documents.isEmpty()) {
            return 0;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Map<String, CompletableFuture<Progress>> sends = new LinkedHashMap<>();
        documents.forEach((id, d) -> sends.put(id, sendInOrder(pendingOf(d), stopped)));
        awaitRound(collection, round, documents.size(), sends.values(), stopped);
        List<String> done = new ArrayList<>();
        List<String> publishedIds = new ArrayList<>();
        List<Runnable> failures = new ArrayList<>();
        sends.forEach((id, send) -> {
            List<Document> events = pendingOf(documents.get(id));
            // Unfinished (stopping) or broken: nothing is known to be acknowledged, so nothing is removed.
            Progress progress = send.isCompletedExceptionally() ? null : send.getNow(null);
            int sent = progress == null ? 0 : progress.sent();
            events.subList(0, sent).forEach(e -> {
                publishedIds.add(e.getString("eventId"));
                metrics.published(e.getString("type"), e.getString("topic"));
            });
            if (sent == events.size()) {
                done.add(id);
            } else if (progress != null && progress.failure() != null) {
                failures.add(() -> failed(collection, id, round, documents.get(id), progress));
            }
        });
        List<String> unfinished = documents.keySet().stream().filter(id -> !done.contains(id)).toList();
        // Every store operation is a durable commit on the stand-in: the usual round (all sent) costs two writes.
        if (!unfinished.isEmpty()) {
            removePublished(collection, round, unfinished, publishedIds);
            failures.forEach(Runnable::run);
        }
        release(collection, round, done, publishedIds);
        if (!unfinished.isEmpty()) {
            backOff(collection, round);
            unfinished.forEach(id -> retryLater(new Target(collection, id)));
        }
        return publishedIds.size();
    }

    private static List<Document> pendingOf(Document document) {
        return document.getList(AggregateStore.PENDING_EVENTS, Document.class, List.of());
    }

    /**
     * One document's events strictly one after the other: an event is handed to the producer only once the one before
     * it is acknowledged, and none after a failure (nor after the round was stopped), so a later version can never
     * reach the topic before an earlier one. Documents still go in parallel. Sends run on the relay's own threads:
     * a broker outage blocks each for up to {@code max.block.ms}, and never the producer's I/O thread.
     */
    private CompletableFuture<Progress> sendInOrder(List<Document> events, AtomicBoolean stopped) {
        CompletableFuture<Progress> chain = CompletableFuture.completedFuture(new Progress(0, null, null));
        for (Document event : events) {
            chain = chain.thenCompose(progress -> progress.failure() != null || stopped.get()
                    ? CompletableFuture.completedFuture(progress)
                    : CompletableFuture.supplyAsync(() -> send(event), senders).thenCompose(sent -> sent)
                            .orTimeout(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .handle((ok, failure) -> failure == null ? progress.next() : progress.failedAt(event, failure)));
        }
        return chain;
    }

    /**
     * Waits for the round's sends, renewing the round's leases every third of their length so a slow round keeps its
     * documents; if a renewal fails the round sends nothing more (what is in flight ends within the send timeout,
     * well inside the lease that is left).
     */
    private void awaitRound(String collection, String round, int claimed, Collection<CompletableFuture<Progress>> sends,
                            AtomicBoolean stopped) {
        CompletableFuture<Void> all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
        long renewEvery = Math.max(1, properties.lease().toMillis() / 3);
        while (true) {
            try {
                all.get(renewEvery, TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException slow) {
                if (!stopped.get() && !renew(collection, round, claimed)) {
                    stopped.set(true);
                }
            } catch (InterruptedException e) {
                // Stopping: send nothing more, let what is in flight end, then book what was acknowledged.
                stopped.set(true);
                all.completeOnTimeout(null, properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS).join();
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException unexpected) {
                return;
            }
        }
    }

    private boolean renew(String collection, String round, int claimed) {
        try {
            long renewed = mongo.updateMulti(Query.query(Criteria.where(LEASE + ".round").is(round)),
                    new Update().set(LEASE + ".until", Date.from(clock.instant().plus(properties.lease()))), collection)
                    .getMatchedCount();
            if (renewed < claimed) {
                log.warn("Outbox round in {} lost {} of its {} leases; it sends nothing more", collection, claimed - renewed, claimed);
            }
            return renewed == claimed;
        } catch (RuntimeException e) {
            log.warn("Outbox round in {} could not renew its leases; it sends nothing more: {}", collection, e.toString());
            return false;
        }
    }

    private void failed(String collection, String id, String round, Document document, Progress progress) {
        metrics.failed();
        Throwable permanent = OutboxQuarantine.permanentCause(progress.failure());
        if (permanent != null) {
            quarantine.failed(collection, id, round, progress.failedEvent(), document.get(OutboxQuarantine.FAILURE, Document.class),
                    permanent);
        } else {
            log.warn("Publishing events of {}/{} failed; they stay in the document and are retried: {}", collection, id,
                    rootCause(progress.failure()));
        }
    }

    /** The innermost cause only: the binder's wrapper would print the whole message, headers and all. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** Removes the published events (by id, so events added meanwhile stay) of documents that failed later on. */
    private void removePublished(String collection, String round, Collection<String> ids, List<String> publishedIds) {
        if (!publishedIds.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and(LEASE + ".round").is(round)),
                    new Update().pull(AggregateStore.PENDING_EVENTS, Query.query(Criteria.where("eventId").in(publishedIds)).getQueryObject()),
                    collection);
        }
    }

    /** Removes the published events of fully published documents and gives their leases back, in one write. */
    private void release(String collection, String round, List<String> done, List<String> publishedIds) {
        if (done.isEmpty()) {
            return;
        }
        Update update = new Update().unset(LEASE).unset(OutboxQuarantine.FAILURE);
        if (!publishedIds.isEmpty()) {
            update.pull(AggregateStore.PENDING_EVENTS, Query.query(Criteria.where("eventId").in(publishedIds)).getQueryObject());
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(done).and(LEASE + ".round").is(round)), update, collection);
        // Only where nothing new arrived meanwhile: a save that pushed events also set the flag again.
        mongo.updateMulti(Query.query(Criteria.where("_id").in(done).and(AggregateStore.PENDING_EVENTS).size(0)),
                new Update().unset(PENDING_FLAG), collection);
    }

    /** Bounded: in a long outage the queue holds each waiting document once at most; beyond the limit the sweep finds them. */
    private void retryLater(Target target) {
        if (retries.size() < properties.retryQueueLimit()) {
            retries.offer(new Retry(target, System.nanoTime() + properties.retryInterval().toNanos()));
        }
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
        byte[] payload;
        try {
            header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(headers, CloudEventHeaders.ID, event.getString("eventId"));
            header(headers, CloudEventHeaders.TYPE, event.getString("type"));
            header(headers, CloudEventHeaders.SOURCE, source);
            header(headers, CloudEventHeaders.TIME, event.getDate("time").toInstant().toString());
            header(headers, CloudEventHeaders.SUBJECT, event.getString("subject"));
            header(headers, CloudEventHeaders.AGGREGATE_VERSION, String.valueOf(event.get("aggregateVersion")));
            header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            header(headers, CloudEventHeaders.TRACEPARENT, event.getString("traceparent"));
            payload = event.getString("payload").getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException malformed) {
            return CompletableFuture.failedFuture(new UnpublishableEventException(malformed));
        }
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
        log.info("Outbox relay: send timeout {}, lease {} (renewed every third), quarantine after {} attempts",
                properties.sendTimeout(), properties.lease(), properties.quarantineAfter());
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

    /** The outbox settings in force: the configured ones raised to the producer's bound on one record. */
    public record Bounds(OutboxProperties properties) {
    }

    private record Target(String collection, String id) {
    }

    /** How far one document's events got in a round: {@code sent} acknowledged, then the failure if any. */
    private record Progress(int sent, Document failedEvent, Throwable failure) {
        Progress next() {
            return new Progress(sent + 1, null, null);
        }

        Progress failedAt(Document event, Throwable cause) {
            return new Progress(sent, event, cause instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : cause);
        }
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
