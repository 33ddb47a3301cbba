package org.samverkan.followup.dashboard;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the last reading of a generation's facts so that queries compute from memory instead of reading every
 * document each time. A reading older than {@code refresh} is still served while a fresh one is read in the background;
 * one older than {@code max-staleness} (after a quiet spell) is replaced before answering. The dashboard is thus at most
 * a second or so behind its store under steady use — it already is behind the source services by the consumer lag.
 * {@code refresh=0} reads on every query.
 */
@Component
class FactsCache {
    private final Function<String, Facts> reader;
    private final long refresh;
    private final long maxStaleness;
    private final LongSupplier clock;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-facts-refresh");
        t.setDaemon(true);
        return t;
    });
    private volatile Reading current;

    private record Reading(String generation, Facts facts, long readAt) {
    }

    @Autowired
    FactsCache(Timelines timelines, @Value("${samverkan.followup.dashboard.refresh:1s}") Duration refresh,
               @Value("${samverkan.followup.dashboard.max-staleness:5s}") Duration maxStaleness) {
        this(generation -> new Facts(timelines.load(generation)), refresh, maxStaleness, System::nanoTime);
    }

    FactsCache(Function<String, Facts> reader, Duration refresh, Duration maxStaleness, LongSupplier clock) {
        this.reader = reader;
        this.refresh = refresh.toNanos();
        this.maxStaleness = maxStaleness.toNanos();
        this.clock = clock;
    }

    Facts facts(String generation) {
        Reading reading = current;
        long now = clock.getAsLong();
        if (refresh == 0 || reading == null || !reading.generation().equals(generation) || now - reading.readAt() > maxStaleness) {
            return read(generation).facts();
        }
        if (now - reading.readAt() > refresh && refreshing.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    read(generation);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return reading.facts();
    }

    private Reading read(String generation) {
        long startedAt = clock.getAsLong();
        Reading reading = new Reading(generation, reader.apply(generation), startedAt);
        synchronized (this) {
            // A slow background reading must not replace a newer one taken meanwhile.
            if (current == null || !current.generation().equals(generation) || current.readAt() < startedAt) {
                current = reading;
            }
        }
        return reading;
    }
}
