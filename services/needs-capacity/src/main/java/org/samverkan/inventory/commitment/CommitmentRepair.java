package org.samverkan.inventory.commitment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.samverkan.inventory.need.NeedService;
import org.samverkan.inventory.offer.Offer;
import org.samverkan.inventory.offer.ReservationHolders;
import org.samverkan.inventory.offer.Reservations;
import org.samverkan.platform.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash between two single-document writes left half done (see CommitmentService): releases a
 * reservation whose commitment was never saved (older than the grace period, so an in-flight proposal is left
 * alone) or was declined, and records deliveries a need missed. Every step is idempotent, so running it again
 * changes nothing.
 */
@Component
class CommitmentRepair {
    private final ReservationHolders holders;
    private final Reservations reservations;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final NeedService needs;
    private final Clock clock;
    private final Duration grace;

    CommitmentRepair(ReservationHolders holders, Reservations reservations, AggregateStore store, MongoTemplate mongo,
                     NeedService needs, Clock clock, @Value("${samverkan.inventory.repair-grace:60s}") Duration grace) {
        this.holders = holders;
        this.reservations = reservations;
        this.store = store;
        this.mongo = mongo;
        this.needs = needs;
        this.clock = clock;
        this.grace = grace;
    }

    record Outcome(int orphanedReservationsReleased, int declinedReservationsReleased, int deliveriesRecorded) {
    }

    Outcome run() {
        Instant settled = clock.instant().minus(grace);
        int orphans = 0;
        int declined = 0;
        for (Offer offer : holders.all()) {
            for (var held : offer.reservations().entrySet()) {
                Optional<Commitment> commitment = store.find(Commitment.class, held.getKey());
                if (commitment.isEmpty() && held.getValue().at().isBefore(settled)) {
                    reservations.release(offer.getId(), held.getKey());
                    orphans++;
                } else if (commitment.isPresent() && commitment.get().view().status() == CommitmentStatus.DECLINED) {
                    reservations.release(offer.getId(), held.getKey());
                    declined++;
                }
            }
        }
        int deliveries = 0;
        for (Commitment c : mongo.find(Query.query(Criteria.where("delivered").gt(0)), Commitment.class)) {
            CommitmentView v = c.view();
            if (needs.recordDelivery(v.needId(), v.id(), v.deliveredQuantity())) {
                deliveries++;
            }
        }
        return new Outcome(orphans, declined, deliveries);
    }
}
