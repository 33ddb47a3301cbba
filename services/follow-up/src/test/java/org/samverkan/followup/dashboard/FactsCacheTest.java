package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** When the dashboard reads its store again: never within refresh, in the background after it, at once after max-staleness. */
class FactsCacheTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final FactsCache cache = new FactsCache(generation -> {
        reads.incrementAndGet();
        return new Facts(new EnumMap<>(Kind.class));
    }, Duration.ofSeconds(1), Duration.ofSeconds(5), now::get);

    @Test
    void aFreshReadingIsServedFromMemory() {
        Facts first = cache.facts("g0");
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(cache.facts("g0")).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anAgeingReadingIsServedWhileANewOneIsReadInTheBackground() {
        Facts first = cache.facts("g0");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.facts("g0")).isSameAs(first);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(reads).hasValue(2));
        assertThat(cache.facts("g0")).isNotSameAs(first);
    }

    @Test
    void aStaleReadingOrAnotherGenerationIsReadBeforeAnswering() {
        Facts first = cache.facts("g0");
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        Facts reread = cache.facts("g0");
        assertThat(reread).isNotSameAs(first);
        assertThat(reads).hasValue(2);
        // Another generation is read at once although the reading in memory is fresh.
        Facts rebuilt = cache.facts("r1");
        assertThat(reads).hasValue(3);
        assertThat(rebuilt).isNotSameAs(reread);
    }
}
