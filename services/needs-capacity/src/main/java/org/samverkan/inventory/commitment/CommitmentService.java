package org.samverkan.inventory.commitment;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.samverkan.inventory.Roles;
import org.samverkan.inventory.need.NeedService;
import org.samverkan.inventory.need.NeedStatus;
import org.samverkan.inventory.need.NeedView;
import org.samverkan.inventory.offer.Offer;
import org.samverkan.inventory.offer.OfferService;
import org.samverkan.inventory.offer.OfferView;
import org.samverkan.inventory.offer.Reservations;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Commitments touch three aggregates (offer, commitment, need), each changed by its own atomic single-document
 * write, no transaction. Each change makes one deciding write after checking every precondition — a proposal the
 * offer's reservation (the over-commitment guard), a decline or delivery the commitment — and the other aggregate's
 * step follows from that write's event ({@link CommitmentStepsConsumer}). The request also takes that step at once, so its
 * caller reads what it did; if it cannot, it does not fail: the event finishes it.
 */
@Service
class CommitmentService {
    private static final Logger log = LoggerFactory.getLogger(CommitmentService.class);
    private static final Set<NeedStatus> MATCHABLE = EnumSet.of(NeedStatus.OPEN, NeedStatus.PARTIALLY_MET);
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final NeedService needs;
    private final OfferService offers;
    private final Reservations reservations;
    private final Proposals proposals;
    private final Clock clock;

    CommitmentService(AggregateStore store, MongoTemplate mongo, NeedService needs, OfferService offers,
                      Reservations reservations, Proposals proposals, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.needs = needs;
        this.offers = offers;
        this.reservations = reservations;
        this.proposals = proposals;
        this.clock = clock;
    }

    CommitmentView propose(ProposeCommitment command) {
        NeedView need = needs.get(command.needId());
        if (!MATCHABLE.contains(need.status())) {
            throw new RuleViolationException("needId", "the need is " + need.status() + "; only open or partially met needs take commitments");
        }
        OfferView offer = offers.get(command.offerId());
        if (!offer.resourceType().equals(need.resourceType())) {
            throw new RuleViolationException("offerId", "the offer is " + offer.resourceType() + ", the need asks for " + need.resourceType());
        }
        if (!Boolean.TRUE.equals(offer.counts())) {
            throw new RuleViolationException("offerId", "the offer does not count: it is withdrawn or its organisation is not verified");
        }
        String id = UUID.randomUUID().toString();
        reservations.reserve(offer.id(), id, need.id(), command.quantity());
        // The proposal is decided and durable: from here on it is answered as made.
        try {
            return store.find(Offer.class, offer.id()).flatMap(held -> proposals.commitmentFor(held, id)).orElseThrow().view();
        } catch (RuntimeException e) {
            log.warn("Commitment {} reserved on offer {}; it is made from the offer's event: {}", id, offer.id(), e.toString());
            return Commitment.propose(id, need.id(), offer.id(), offer.organizationId(), offer.resourceType(), command.quantity(),
                    offer.unit(), clock.instant()).view();
        }
    }

    CommitmentView accept(CurrentUser user, String id) {
        Commitment commitment = addressedTo(user, id);
        if (needs.get(commitment.view().needId()).status() == NeedStatus.CLOSED) {
            throw new RuleViolationException("needId", "the need was closed; decline the commitment to free the quantity");
        }
        commitment.accept(clock.instant());
        return store.save(commitment).view();
    }

    CommitmentView decline(CurrentUser user, String id, String reason) {
        Commitment commitment = addressedTo(user, id);
        commitment.decline(reason, clock.instant());
        CommitmentView declined = store.save(commitment).view();
        try {
            reservations.release(declined.offerId(), id);
        } catch (RuntimeException e) {
            log.warn("Commitment {} declined; offer {} is released from its event: {}", id, declined.offerId(), e.toString());
        }
        return declined;
    }

    CommitmentView deliver(CurrentUser user, String id, int amount) {
        Commitment commitment = load(id);
        if (!user.has(Roles.CRISIS_STAFF) && !user.represents(commitment.organizationId())) {
            throw new ForbiddenException("Only crisis staff or the committed organisation report deliveries");
        }
        commitment.deliver(amount, clock.instant());
        CommitmentView delivered = store.save(commitment).view();
        try {
            needs.recordDelivery(delivered.needId(), id, delivered.deliveredQuantity());
        } catch (RuntimeException e) {
            // The delivery is recorded on the commitment; answering with an error would invite a second report.
            log.warn("Delivery on commitment {} recorded; need {} is updated from its event: {}", id, delivered.needId(), e.toString());
        }
        return delivered;
    }

    CommitmentView get(CurrentUser user, String id) {
        Commitment commitment = load(id);
        if (!user.isInternal() && !user.represents(commitment.organizationId())) {
            throw new ForbiddenException("Representatives can only read commitments addressed to their organisation");
        }
        return withNeed(commitment.view(), new java.util.HashMap<>());
    }

    /** The commitment with the summary of its need (one read per distinct need of a list). */
    private CommitmentView withNeed(CommitmentView view, java.util.Map<String, NeedView> seen) {
        try {
            return view.withNeed(seen.computeIfAbsent(view.needId(), needs::get));
        } catch (NotFoundException gone) {
            return view;
        }
    }

    List<CommitmentView> list(String needId, String organizationId) {
        Criteria criteria = new Criteria();
        if (needId != null) {
            criteria = criteria.and("needId").is(needId);
        }
        if (organizationId != null) {
            criteria = criteria.and("organizationId").is(organizationId);
        }
        java.util.Map<String, NeedView> seen = new java.util.HashMap<>();
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(1000), Commitment.class).stream()
                .map(c -> withNeed(c.view(), seen)).toList();
    }

    private Commitment addressedTo(CurrentUser user, String id) {
        Commitment commitment = load(id);
        if (!user.represents(commitment.organizationId())) {
            throw new ForbiddenException("Only the representatives of the organisation it is addressed to can answer commitment " + id);
        }
        return commitment;
    }

    private Commitment load(String id) {
        return store.find(Commitment.class, id).orElseThrow(() -> new NotFoundException("No commitment " + id));
    }
}
