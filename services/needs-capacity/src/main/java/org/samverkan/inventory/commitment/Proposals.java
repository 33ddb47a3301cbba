package org.samverkan.inventory.commitment;

import java.util.Map;
import java.util.Optional;

import org.samverkan.inventory.offer.Offer;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Makes the commitment a reservation stands for. The reservation on the offer is the proposal's one deciding write;
 * the commitment is made from it — by the request at once, and from the offer's event by {@link CommitmentStepsConsumer}
 * if the request did not get that far — the same way both times, so whoever is second finds it made.
 */
@Component
class Proposals {
    private final AggregateStore store;

    Proposals(AggregateStore store) {
        this.store = store;
    }

    /** The commitment for this reservation as it is or will be stored; empty if the offer holds no such proposal. */
    Optional<Commitment> commitmentFor(Offer offer, String commitmentId) {
        Offer.Reservation held = offer.reservations().get(commitmentId);
        if (held == null || held.needId() == null) {
            return Optional.empty();
        }
        Optional<Commitment> existing = store.find(Commitment.class, commitmentId);
        if (existing.isPresent()) {
            return existing;
        }
        Commitment made = Commitment.propose(commitmentId, held.needId(), offer.getId(), offer.organizationId(),
                offer.resourceType(), held.quantity(), offer.unit(), held.at());
        try {
            return Optional.of(store.save(made));
        } catch (ConflictException madeMeanwhile) {
            return store.find(Commitment.class, commitmentId).or(() -> { throw madeMeanwhile; });
        }
    }

    /** Makes every commitment this offer's reservations stand for that is not made yet; the number made. */
    int commitAll(Offer offer) {
        int made = 0;
        for (Map.Entry<String, Offer.Reservation> held : offer.reservations().entrySet()) {
            if (held.getValue().needId() != null && store.find(Commitment.class, held.getKey()).isEmpty()
                    && commitmentFor(offer, held.getKey()).isPresent()) {
                made++;
            }
        }
        return made;
    }
}
