package org.samverkan.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.samverkan.platform.outbox.AggregateStore;

/**
 * (b) The platform pipeline: AggregateStore.save (aggregate + outbox event in one document) from several threads,
 * the OutboxRelay publishing to Kafka, PipelineListener (a typed consumer function) reading and writing with
 * ProjectionWriter.applyIfNewer. Latency is from just before save() to just after the projection write.
 */
final class PipelineBench {
    private final AggregateStore store;
    private final PipelineListener listener;
    private final Clock clock;

    PipelineBench(AggregateStore store, PipelineListener listener, Clock clock) {
        this.store = store;
        this.listener = listener;
        this.clock = clock;
    }

    List<Recorder.Result> run(int warmup, int aggregates, int threads, int pacedRate, int pacedSeconds, long timeoutSeconds) throws Exception {
        phase(new Recorder("pipeline warm-up", RawKafkaBench.token(), warmup), threads, 0, timeoutSeconds);
        Recorder.Result flat = phase(new Recorder("pipeline", RawKafkaBench.token(), aggregates), threads, 0, timeoutSeconds)
                .result("flat out, " + threads + " saving threads");
        Recorder.Result paced = phase(new Recorder("pipeline paced", RawKafkaBench.token(), pacedRate * pacedSeconds), 1, pacedRate, timeoutSeconds)
                .result("paced at " + pacedRate + "/s, 1 saving thread");
        return List.of(flat, paced);
    }

    private Recorder phase(Recorder recorder, int threads, int ratePerSecond, long timeoutSeconds) throws Exception {
        listener.measure(recorder);
        AtomicInteger next = new AtomicInteger();
        long interval = ratePerSecond > 0 ? 1_000_000_000L / ratePerSecond : 0;
        long start = System.nanoTime();
        recorder.firstStart = start;
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("bench-save-", 0).factory());
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < recorder.expected) {
                        if (interval > 0) {
                            long due = start + i * interval;
                            long wait;
                            while ((wait = due - System.nanoTime()) > 0) {
                                LockSupport.parkNanos(wait);
                            }
                        }
                        String id = UUID.randomUUID().toString();
                        long saved = System.nanoTime();
                        store.save(BenchAggregate.register(id, "Bench förening " + i, "802002-8711", clock.instant(), recorder.token, saved));
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            recorder.lastStartReturned = System.nanoTime();
        } finally {
            pool.shutdown();
        }
        if (!recorder.await(timeoutSeconds)) {
            System.err.println("bench: phase " + recorder.name + " timed out after " + timeoutSeconds + " s waiting for projections");
        }
        return recorder;
    }
}
