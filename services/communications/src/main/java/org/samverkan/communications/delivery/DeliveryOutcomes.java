package org.samverkan.communications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.opentelemetry.context.Context;
import org.samverkan.platform.outbox.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what an attempt came to. A message has gone out (or not) whatever the store says, so a save that fails is
 * retried, reloading, while the lease lasts: giving up would leave the delivery to be sent again once its lease ends.
 * Only if the store stays unavailable for the rest of the lease is the message attempted again (at least once).
 */
final class DeliveryOutcomes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);
    private final AggregateStore store;
    private final Clock clock;
    /** In the trace of the sweep that sent, so DeliveryFailed and NoticeDelivered carry its traceparent. */
    private final ScheduledExecutorService recorder = Context.taskWrapping(Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("delivery-outcomes").factory()));

    DeliveryOutcomes(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Applies {@code outcome} to the delivery this round claimed and saves it, off the sending threads. */
    void record(Delivery claimed, String round, Consumer<Delivery> outcome) {
        Instant leaseEnds = claimed.lease().until();
        recorder.execute(() -> save(claimed, round, leaseEnds, outcome, 0));
    }

    private void save(Delivery claimed, String round, Instant leaseEnds, Consumer<Delivery> outcome, int tries) {
        try {
            // A failed save has already changed the object it was given: a retry starts from the stored state.
            Delivery delivery = tries == 0 ? claimed : store.find(Delivery.class, claimed.getId()).orElse(null);
            if (delivery == null || delivery.lease() == null) {
                return; // a save whose answer was lost went through after all
            }
            if (!delivery.claimedBy(round)) {
                log.warn("Delivery {} was taken over by another round after its lease ran out; it may be sent twice", claimed.getId());
                return;
            }
            outcome.accept(delivery);
            store.save(delivery);
        } catch (RuntimeException e) {
            if (clock.instant().isBefore(leaseEnds)) {
                log.warn("Outcome of delivery {} not recorded yet, retrying: {}", claimed.getId(), e.toString());
                recorder.schedule(() -> save(claimed, round, leaseEnds, outcome, tries + 1), Math.min(2000, 100L << Math.min(tries, 5)),
                        TimeUnit.MILLISECONDS);
            } else {
                log.error("Outcome of delivery {} could not be recorded within its lease; it will be attempted again: {}",
                        claimed.getId(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        recorder.shutdown();
        try {
            recorder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
