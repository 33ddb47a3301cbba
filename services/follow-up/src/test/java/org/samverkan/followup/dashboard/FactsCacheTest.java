package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.EnumMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** When the dashboard reads its store again: never within refresh, in the background after it, at once after max-staleness. */
class FactsCacheTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger fullReads = new AtomicInteger();
    private final List<Instant> changesSince = new CopyOnWriteArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final AtomicReference<Instant> wall = new AtomicReference<>(Instant.parse("2026-12-02T08:00:00Z"));
    private final FactsCache cache = new FactsCache(new FactsCache.Reader() {
        @Override
        public Facts all(String generation) {
            reads.incrementAndGet();
            fullReads.incrementAndGet();
            return new Facts(new EnumMap<>(Kind.class));
        }

        @Override
        public Facts changes(String generation, Facts previous, Instant since) {
            reads.incrementAndGet();
            changesSince.add(since);
            // Something changed: a new reading (the real reader returns the previous one when nothing did).
            return new Facts(new EnumMap<>(Kind.class));
        }
    }, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(10), now::get, wall::get);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
        wall.updateAndGet(w -> w.plus(d));
    }

    /** Steady use reads only what changed since the last reading (less the overlap), never the whole generation again. */
    @Test
    void refreshingReadsOnlyWhatChangedSinceTheLastReading() {
        cache.facts("g0");
        Instant firstRead = wall.get();
        advance(Duration.ofSeconds(6));
        cache.facts("g0");
        Instant secondRead = wall.get();
        advance(Duration.ofSeconds(6));
        cache.facts("g0");
        assertThat(fullReads).hasValue(1);
        assertThat(changesSince).containsExactly(firstRead.minusSeconds(10), secondRead.minusSeconds(10));
    }

    @Test
    void everyFullReloadIntervalTheWholeGenerationIsReadAgain() {
        cache.facts("g0");
        advance(Duration.ofMinutes(11));
        cache.facts("g0");
        assertThat(fullReads).hasValue(2);
        assertThat(changesSince).isEmpty();
    }

    @Test
    void aFreshReadingIsServedFromMemory() {
        Facts first = cache.facts("g0");
        advance(Duration.ofMillis(500));
        assertThat(cache.facts("g0")).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anAgeingReadingIsServedWhileANewOneIsReadInTheBackground() {
        Facts first = cache.facts("g0");
        advance(Duration.ofSeconds(2));
        assertThat(cache.facts("g0")).isSameAs(first);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(reads).hasValue(2));
        assertThat(cache.facts("g0")).isNotSameAs(first);
    }

    @Test
    void aStaleReadingOrAnotherGenerationIsReadBeforeAnswering() {
        Facts first = cache.facts("g0");
        advance(Duration.ofSeconds(6));
        Facts reread = cache.facts("g0");
        assertThat(reread).isNotSameAs(first);
        assertThat(reads).hasValue(2);
        // Another generation is read at once although the reading in memory is fresh.
        Facts rebuilt = cache.facts("r1");
        assertThat(reads).hasValue(3);
        assertThat(rebuilt).isNotSameAs(reread);
    }
}
