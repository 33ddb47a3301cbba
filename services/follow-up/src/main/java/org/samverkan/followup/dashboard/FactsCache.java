package org.samverkan.followup.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the last reading of a generation's facts so that queries compute from memory instead of reading every
 * document each time. A reading older than {@code refresh} is still served while it is brought up to date in the
 * background; one older than {@code max-staleness} (after a quiet spell) is brought up to date before answering.
 * Bringing up to date reads only the timelines changed since the last reading (less an {@code overlap} for writes
 * timed by other instances' clocks or still in flight), so a steady dashboard costs what changes, not what it holds;
 * every {@code full-reload} the whole generation is read again, as a backstop for a write later than the overlap.
 * {@code refresh=0} reads everything on every query.
 */
@Component
class FactsCache {
    /** Reads a generation: all of it, or a reading brought up to date with the timelines changed since an instant. */
    interface Reader {
        Facts all(String generation);

        Facts changes(String generation, Facts previous, Instant since);
    }

    private final Reader reader;
    private final long refresh;
    private final long maxStaleness;
    private final long fullReload;
    private final Duration overlap;
    private final LongSupplier clock;
    private final Supplier<Instant> wallClock;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-facts-refresh");
        t.setDaemon(true);
        return t;
    });
    private volatile Reading current;

    /** {@code readAt}: monotonic, for ageing; {@code storeTime}: the wall clock when the read began; {@code fullAt}: last full read. */
    private record Reading(String generation, Facts facts, long readAt, Instant storeTime, long fullAt) {
    }

    @Autowired
    FactsCache(Timelines timelines, Clock wall, @Value("${samverkan.followup.dashboard.refresh:1s}") Duration refresh,
               @Value("${samverkan.followup.dashboard.max-staleness:5s}") Duration maxStaleness,
               @Value("${samverkan.followup.dashboard.full-reload:10m}") Duration fullReload,
               @Value("${samverkan.followup.dashboard.change-overlap:10s}") Duration overlap) {
        this(new Reader() {
            @Override
            public Facts all(String generation) {
                return new Facts(timelines.load(generation));
            }

            @Override
            public Facts changes(String generation, Facts previous, Instant since) {
                return previous.with(timelines.changedSince(generation, since));
            }
        }, refresh, maxStaleness, fullReload, overlap, System::nanoTime, wall::instant);
    }

    FactsCache(Reader reader, Duration refresh, Duration maxStaleness, Duration fullReload, Duration overlap,
               LongSupplier clock, Supplier<Instant> wallClock) {
        this.reader = reader;
        this.refresh = refresh.toNanos();
        this.maxStaleness = maxStaleness.toNanos();
        this.fullReload = fullReload.toNanos();
        this.overlap = overlap;
        this.clock = clock;
        this.wallClock = wallClock;
    }

    Facts facts(String generation) {
        Reading reading = current;
        long now = clock.getAsLong();
        if (refresh == 0 || reading == null || !reading.generation().equals(generation)) {
            return read(generation, null).facts();
        }
        if (now - reading.readAt() > maxStaleness) {
            return read(generation, reading).facts();
        }
        if (now - reading.readAt() > refresh && refreshing.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    read(generation, current);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return reading.facts();
    }

    /** A full read without a previous reading of this generation, or when the last full one is old; else the changes. */
    private Reading read(String generation, Reading previous) {
        long startedAt = clock.getAsLong();
        Instant storeTime = wallClock.get();
        boolean full = previous == null || !previous.generation().equals(generation) || startedAt - previous.fullAt() > fullReload;
        Facts facts = full ? reader.all(generation)
                : reader.changes(generation, previous.facts(), previous.storeTime().minus(overlap));
        Reading reading = new Reading(generation, facts, startedAt, storeTime, full ? startedAt : previous.fullAt());
        synchronized (this) {
            // A slow background reading must not replace a newer one taken meanwhile.
            if (current == null || !current.generation().equals(generation) || current.readAt() < startedAt) {
                current = reading;
            }
        }
        return reading;
    }
}
