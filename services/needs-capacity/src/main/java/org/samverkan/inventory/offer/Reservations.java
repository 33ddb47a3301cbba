package org.samverkan.inventory.offer;

import java.time.Clock;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reserves and releases offer quantity for commitments. Each attempt loads the offer, decides in memory and
 * saves with the AggregateStore's version check — a single-document conditional write, no transaction. Losing a
 * race means reloading and deciding again against the newer quantity; after {@link #ATTEMPTS} lost races the
 * caller gets a 409 and may retry.
 */
@Component
public class Reservations {
    static final int ATTEMPTS = 20;
    private final AggregateStore store;
    private final Clock clock;

    Reservations(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @return true if reserved now, false if the commitment held its reservation already */
    public boolean reserve(String offerId, String commitmentId, String needId, int amount) {
        return attempt(offerId, offer -> offer.reserve(commitmentId, needId, amount, clock.instant()));
    }

    /** @return true if released now, false if there was nothing (any more) to release */
    public boolean release(String offerId, String commitmentId) {
        return attempt(offerId, offer -> offer.release(commitmentId, clock.instant()));
    }

    private boolean attempt(String offerId, java.util.function.Predicate<Offer> change) {
        ConflictException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            Offer offer = store.find(Offer.class, offerId).orElseThrow(() -> new NotFoundException("No offer " + offerId));
            if (!change.test(offer)) {
                return false;
            }
            try {
                store.save(offer);
                return true;
            } catch (ConflictException raced) {
                last = raced;
                Thread.onSpinWait();
            }
        }
        throw new ConflictException("Offer " + offerId + " is changing too fast; try again (" + last.getMessage() + ")");
    }
}
