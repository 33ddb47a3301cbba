package org.samverkan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.samverkan.platform.events.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the events waiting in aggregate documents, in order, then removes them. A save nudges the relay
 * so events leave at once; a periodic sweep picks up whatever a crash or a broker outage left behind.
 * Several service instances can relay side by side: an instance first leases a document, so one
 * aggregate's events are only ever published by one instance at a time and stay in order.
 * A crash between publish and removal publishes the events again; consumers are idempotent.
 */
public class OutboxRelay implements SmartLifecycle {
    static final String LEASE = "outboxLease";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final String source;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<Target> nudges = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties,
                       OutboxMetrics metrics, String source, Clock clock, Set<String> collections) {
        this.mongo = mongo;
        this.kafka = kafka;
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

    /** Relays everything waiting now, in every known collection; returns the number of events published. */
    public int sweep() {
        int published = 0;
        for (String collection : collections) {
            List<String> ids;
            int round;
            do {
                ids = waitingIds(collection);
                round = relay(ids.stream().map(id -> new Target(collection, id)).toList());
                published += round;
            } while (ids.size() == properties.batchSize() && round > 0 && running);
        }
        return published;
    }

    private List<String> waitingIds(String collection) {
        Query query = Query.query(Criteria.where(AggregateStore.PENDING_EVENTS + ".0").exists(true)
                .orOperator(Criteria.where(LEASE).exists(false), Criteria.where(LEASE + ".until").lt(Date.from(clock.instant()))))
                .limit(properties.batchSize());
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> String.valueOf(d.get("_id"))).toList();
    }

    private int relay(List<Target> targets) {
        List<Claimed> claimed = new ArrayList<>();
        for (Target target : new LinkedHashSet<>(targets)) {
            Document document = claim(target);
            if (document != null) {
                claimed.add(new Claimed(target, document.getList(AggregateStore.PENDING_EVENTS, Document.class)));
            }
        }
        int published = 0;
        for (Claimed c : claimed) {
            c.sends = c.events.stream().map(this::send).toList();
        }
        kafka.flush();
        for (Claimed c : claimed) {
            if (awaitAll(c)) {
                release(c.target, c.events.stream().map(e -> e.getString("eventId")).toList());
                c.events.forEach(e -> metrics.published(e.getString("type"), e.getString("topic")));
                published += c.events.size();
            } else {
                backOff(c.target);
            }
        }
        return published;
    }

    private Document claim(Target target) {
        Instant now = clock.instant();
        Query free = Query.query(Criteria.where("_id").is(target.id()).and(AggregateStore.PENDING_EVENTS + ".0").exists(true)
                .orOperator(Criteria.where(LEASE).exists(false), Criteria.where(LEASE + ".until").lt(Date.from(now))));
        Update lease = new Update().set(LEASE, new Document("owner", owner).append("until", Date.from(now.plus(properties.lease()))));
        return mongo.findAndModify(free, lease, FindAndModifyOptions.options().returnNew(true), Document.class, target.collection());
    }

    private CompletableFuture<SendResult<String, byte[]>> send(Document event) {
        RecordHeaders headers = new RecordHeaders();
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
        return kafka.send(new ProducerRecord<>(event.getString("topic"), null, event.getString("subject"), payload, headers));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private boolean awaitAll(Claimed c) {
        try {
            for (CompletableFuture<SendResult<String, byte[]>> send : c.sends) {
                send.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            metrics.failed();
            log.warn("Publishing events of {}/{} failed; they stay in the document and are retried: {}",
                    c.target.collection(), c.target.id(), e.toString());
            return false;
        }
    }

    /** Removes the published events (by id, so events added meanwhile stay) and gives the lease back. */
    private void release(Target target, List<String> publishedIds) {
        Update update = new Update().unset(LEASE);
        if (!publishedIds.isEmpty()) {
            update.pull(AggregateStore.PENDING_EVENTS, Query.query(Criteria.where("eventId").in(publishedIds)).getQueryObject());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(target.id()).and(LEASE + ".owner").is(owner)), update, target.collection());
    }

    /** Keeps the lease for one sweep interval, so a broker outage is retried calmly, not in a tight loop. */
    private void backOff(Target target) {
        Update shorter = new Update().set(LEASE + ".until", Date.from(clock.instant().plus(properties.sweepInterval())));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(target.id()).and(LEASE + ".owner").is(owner)), shorter, target.collection());
    }

    private void work() {
        long nextSweep = 0;
        while (running) {
            try {
                Target first = nudges.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Target> batch = new ArrayList<>(List.of(first));
                    nudges.drainTo(batch, properties.batchSize() - 1);
                    relay(batch);
                }
                if (System.nanoTime() >= nextSweep) {
                    sweep();
                    nextSweep = System.nanoTime() + properties.sweepInterval().toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                metrics.failed();
                log.warn("Outbox relay round failed; retrying after the sweep interval: {}", e.toString());
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(properties.sweepInterval().toMillis());
        } catch (InterruptedException e) {
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
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::work);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            try {
                worker.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the Kafka producer and stops before it, so the last round can finish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private record Target(String collection, String id) {
    }

    private static final class Claimed {
        final Target target;
        final List<Document> events;
        List<CompletableFuture<SendResult<String, byte[]>>> sends = List.of();

        Claimed(Target target, List<Document> events) {
            this.target = target;
            this.events = events;
        }
    }
}
