package org.samverkan.followup.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the dashboard from scratch: every source topic is read from the start into a fresh generation, which then
 * becomes live; the one it replaces is kept until the next rebuild (so it can still be compared), then dropped. The
 * live dashboard keeps answering meanwhile, and the live consumers also write into the new generation, so an event
 * published during the rebuild is in both. One rebuild at a time, under a lease ({@link RebuildClaims}): a rebuild
 * whose owner died leaves a claim that runs out, and the next rebuild drops the generation it left half-built.
 */
@Component
class Rebuilds {
    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    static final String COLLECTION = "dashboard_rebuilds";
    /** Facts written per bulk: a rebuild writes the same upserts as the consumers, fewer round trips. */
    private static final int BATCH = 500;
    private final Generations generations;
    private final Timelines timelines;
    private final TopicReplay replay;
    private final EventReader reader;
    private final DashboardFacts facts;
    private final MongoTemplate mongo;
    private final RebuildClaims claims;
    private final Clock clock;
    /** A daemon thread, shut down with the context: a rebuild under way must not keep the JVM (or a test JVM) alive. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dashboard-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    Rebuilds(Generations generations, Timelines timelines, TopicReplay replay,
             EventReader reader, DashboardFacts facts, MongoTemplate mongo, RebuildClaims claims, ObjectProvider<Clock> clock) {
        this.generations = generations;
        this.timelines = timelines;
        this.replay = replay;
        this.reader = reader;
        this.facts = facts;
        this.mongo = mongo;
        this.claims = claims;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    RebuildStatus start() {
        String id = UUID.randomUUID().toString();
        String generation = "r" + Long.toString(clock.millis(), 36);
        AtomicReference<Future<?>> running = new AtomicReference<>();
        RebuildClaims.Held claim = claims.claim(() -> {
            Future<?> run = running.get();
            if (run != null) {
                run.cancel(true);
            }
        });
        try {
            abandonCrashed();
            generations.startBuilding(generation);
            RebuildStatus status = new RebuildStatus(id, generation, "RUNNING", 0, 0, clock.instant(), null, null);
            mongo.save(status, COLLECTION);
            running.set(worker.submit(() -> run(status, claim)));
            return status;
        } catch (RuntimeException e) {
            claim.close();
            throw e;
        }
    }

    /** Under the claim, a generation still being built was left by a rebuild whose owner died: it is dropped. */
    private void abandonCrashed() {
        String stale = generations.building();
        if (stale == null) {
            return;
        }
        log.warn("Dropping dashboard generation {}: the rebuild filling it stopped without finishing (its claim ran out)", stale);
        generations.abandon(stale);
        timelines.drop(stale);
        mongo.updateMulti(Query.query(Criteria.where("generation").is(stale).and("status").is("RUNNING")),
                new Update().set("status", "FAILED").set("failure", "OwnerStopped").set("finishedAt", java.util.Date.from(clock.instant())),
                COLLECTION);
    }

    /** Interrupts a rebuild under way on shutdown; one that cannot finish its bookkeeping is cleared as after a crash. */
    @PreDestroy
    void close() {
        worker.shutdownNow();
    }

    Optional<RebuildStatus> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RebuildStatus.class, COLLECTION));
    }

    private void run(RebuildStatus status, RebuildClaims.Held claim) {
        try (claim) {
            rebuild(status);
        }
    }

    private void rebuild(RebuildStatus status) {
        AtomicLong read = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        try {
            // Let every instance's consumers see the building generation before the end offsets are fixed.
            Thread.sleep(Generations.REFRESH.multipliedBy(2).toMillis());
            List<DashboardFacts.Keyed> batch = new ArrayList<>();
            replay.replay(SourceContracts.TOPICS, record -> {
                try {
                    facts.read(reader.read(record)).ifPresent(batch::add);
                } catch (MalformedEventException e) {
                    skipped.incrementAndGet();
                }
                if (batch.size() == BATCH) {
                    timelines.appendAll(status.generation(), batch);
                    batch.clear();
                }
                if (read.incrementAndGet() % 5000 == 0) {
                    mongo.save(status.progress(read.get(), skipped.get()), COLLECTION);
                }
            });
            timelines.appendAll(status.generation(), batch);
            String previous = generations.switchTo(status.generation());
            dropOlderThan(previous, status.generation());
            mongo.save(status.progress(read.get(), skipped.get()).finished("DONE", clock.instant(), null), COLLECTION);
            log.info("Dashboard rebuilt into generation {} from {} events", status.generation(), read.get());
        } catch (Exception | Error e) {
            log.error("Dashboard rebuild {} failed", status.id(), e);
            generations.abandon(status.generation());
            timelines.drop(status.generation());
            mongo.save(status.progress(read.get(), skipped.get()).finished("FAILED", clock.instant(), e.getClass().getSimpleName()),
                    COLLECTION);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Keeps the generation just replaced; drops any earlier one. */
    private void dropOlderThan(String previous, String live) {
        mongo.getCollectionNames().stream().filter(c -> c.startsWith("dashboard_") && c.split("_").length == 3)
                .map(c -> c.split("_")[1]).distinct()
                .filter(g -> !g.equals(previous) && !g.equals(live))
                .forEach(timelines::drop);
    }
}
