package org.samverkan.communications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.opentelemetry.context.Context;

/**
 * Sends on one channel: a bounded pool of virtual threads, at most {@code capacity} deliveries waiting or sending
 * (so a claimed delivery's wait is bounded and its lease covers it), and no send running past the send timeout: it is
 * interrupted then, which fails blocking socket I/O at once. One slow channel fills only its own pool.
 */
final class ChannelSender implements AutoCloseable {
    private final DeliveryChannel channel;
    private final int capacity;
    private final Duration sendTimeout;
    private final Clock clock;
    private final ExecutorService pool;
    private final ScheduledExecutorService deadlines;
    private final AtomicInteger reserved = new AtomicInteger();

    ChannelSender(DeliveryChannel channel, int poolSize, int capacity, Duration sendTimeout, Clock clock) {
        this.channel = channel;
        this.capacity = capacity;
        this.sendTimeout = sendTimeout;
        this.clock = clock;
        // Sends, deadlines and outcomes stay in the sweep's trace, so the events they cause carry its traceparent.
        this.pool = Context.taskWrapping(Executors.newFixedThreadPool(poolSize,
                Thread.ofVirtual().name("delivery-" + channel.name() + "-", 0).factory()));
        this.deadlines = Context.taskWrapping(Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("delivery-" + channel.name() + "-deadlines").factory()));
    }

    DeliveryChannel channel() {
        return channel;
    }

    /** Takes a place for one delivery if there is one; give it back with {@link #release()} unless it is sent. */
    boolean reserve() {
        return reserved.getAndUpdate(n -> n < capacity ? n + 1 : n) < capacity;
    }

    void release() {
        reserved.decrementAndGet();
    }

    /**
     * Sends on a reserved place and gives the place back when the send is over. Completes with null once sent, or with
     * why not; never later than the send timeout after the send started.
     */
    CompletableFuture<String> send(String deliveryId, String address, DeliveryMessage message, Instant leaseUntil) {
        CompletableFuture<String> result = new CompletableFuture<>();
        pool.execute(() -> {
            try {
                if (clock.instant().plus(sendTimeout).isAfter(leaseUntil)) {
                    // Should not happen (the lease covers the pool's queue); never send on a lease that may run out.
                    result.complete(channel.name() + ": not sent, the lease would end before the send timeout");
                    return;
                }
                attempt(deliveryId, address, message, result);
            } finally {
                result.complete(channel.name() + ": the send ended unexpectedly");
                release();
            }
        });
        return result;
    }

    private void attempt(String deliveryId, String address, DeliveryMessage message, CompletableFuture<String> result) {
        Thread sender = Thread.currentThread();
        Object lock = new Object();
        boolean[] running = {true};
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            synchronized (lock) {
                if (running[0] && result.complete(channel.name() + ": no answer within " + sendTimeout)) {
                    sender.interrupt();
                }
            }
        }, sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            channel.send(deliveryId, address, message);
            result.complete(null);
        } catch (RuntimeException e) {
            result.complete(channel.name() + ": " + redact(e.getMessage()));
        } finally {
            deadline.cancel(false);
            synchronized (lock) {
                running[0] = false;
                // An interrupt that raced the end of the send must not reach the pool's next send.
                Thread.interrupted();
            }
        }
    }

    /** Servers quote the address they refused; the reason ends up in a DeliveryFailed event, the address must not. */
    static String redact(String error) {
        return org.samverkan.platform.screening.ContactRedaction.redact(error);
    }

    /** Lets running sends end by themselves (each is bounded by the send timeout), then stops. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(sendTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        deadlines.shutdownNow();
    }
}
