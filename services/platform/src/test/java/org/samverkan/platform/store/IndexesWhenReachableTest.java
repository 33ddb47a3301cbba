package org.samverkan.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class IndexesWhenReachableTest {

    @Test
    void indexesThatCanBeMadeAtOnceAreMadeOnTheCallersThread() {
        AtomicInteger runs = new AtomicInteger();

        Thread background = IndexesWhenReachable.create("test", runs::incrementAndGet, Duration.ofMillis(1));

        assertThat(background).isNull();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aStoreThatDoesNotAnswerAtStartNeitherStopsTheCallerNorLeavesTheIndexesUnmade() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Runnable failingTwice = () -> {
            if (runs.incrementAndGet() <= 2) {
                throw new IllegalStateException("Timed out while waiting for a server");
            }
        };

        Thread background = IndexesWhenReachable.create("test", failingTwice, Duration.ofMillis(1));

        assertThat(background).as("the caller returned; the retry runs apart").isNotNull();
        background.join(Duration.ofSeconds(10));
        assertThat(background.isAlive()).isFalse();
        assertThat(runs).as("two failures, then made").hasValue(3);
    }
}
