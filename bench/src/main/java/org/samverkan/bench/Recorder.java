package org.samverkan.bench;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one bench phase, recorded by whichever thread sees the end of a message's journey. */
final class Recorder {
    final String name;
    final long token;
    final int expected;
    private final long[] latencies;
    private final long[] splits;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);
    private final CountDownLatch done = new CountDownLatch(1);
    volatile long firstStart;
    volatile long lastStartReturned;

    Recorder(String name, long token, int expected) {
        this.name = name;
        this.token = token;
        this.expected = expected;
        this.latencies = new long[expected];
        this.splits = new long[expected];
    }

    void record(long startNanos, long endNanos) {
        record(startNanos, endNanos, 0);
    }

    /** @param splitNanos the first leg of the journey (for (b): save until the relay handed the record to Kafka) */
    void record(long startNanos, long endNanos, long splitNanos) {
        int i = count.getAndIncrement();
        if (i < expected) {
            latencies[i] = endNanos - startNanos;
            splits[i] = splitNanos;
            lastEnd.accumulateAndGet(endNanos, Math::max);
            if (i == expected - 1) {
                done.countDown();
            }
        }
    }

    boolean await(long seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    Result result(String description) {
        int n = Math.min(count.get(), expected);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        double seconds = (lastEnd.get() - firstStart) / 1e9;
        double startSeconds = (lastStartReturned - firstStart) / 1e9;
        return new Result(name, description, n, expected, seconds, n / seconds, startSeconds > 0 ? n / startSeconds : Double.NaN,
                ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)), ms(n == 0 ? 0 : sorted[n - 1]),
                ms(n == 0 ? 0 : (long) Arrays.stream(sorted).average().orElse(0)), ms(percentile(sortedSplits(n), 0.50)));
    }

    private long[] sortedSplits(int n) {
        long[] sorted = Arrays.copyOf(splits, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * @param throughput messages per second, first send/save to last consume/projection write
     * @param inputRate  messages per second the producing side managed (first to last send/save returned)
     */
    record Result(String name, String description, int count, int expected, double seconds, double throughput,
                  double inputRate, double p50, double p99, double max, double mean, double splitP50) {
        boolean complete() {
            return count == expected;
        }
    }
}
