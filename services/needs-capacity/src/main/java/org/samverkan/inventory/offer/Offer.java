package org.samverkan.inventory.offer;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.inventory.codes.Lists;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A capacity offer (EDXL-RM OfferUnsolicitedResource). Commitments reserve part of its quantity; the reservations
 * live in this document, keyed by commitment id, so reserving is idempotent and one versioned single-document
 * write decides whether a reservation fits — two concurrent commitments cannot over-commit the offer.
 */
@Document("offers")
public class Offer extends AggregateRoot {
    private String resourceType;
    private String organizationId;
    private String description;
    private int quantity;
    private String unit;
    private Instant availableFrom;
    private Instant availableUntil;
    private List<String> areas;
    private List<String> languages;
    private List<String> targetGroups;
    private OfferStatus status;
    private Map<String, Reservation> reservations = new HashMap<>();
    /** Stored (not only derived) so matching can filter on it in the query. */
    private int committed;
    private int remaining;
    private Instant changedAt;

    Offer() {
    }

    static Offer register(String id, String organizationId, OfferDetails details, Instant now) {
        Offer o = new Offer();
        o.id = id;
        o.organizationId = organizationId;
        o.status = OfferStatus.ACTIVE;
        o.apply(details, now);
        o.raise(OfferEvents.OfferRegistered.of(o.view()));
        return o;
    }

    void update(OfferDetails details, Instant now) {
        requireActive();
        if (details.quantity() < committed) {
            throw new RuleViolationException("quantity", "cannot be below the " + committed + " " + unit
                    + " already committed; decline commitments first");
        }
        apply(details, now);
        raise(OfferEvents.OfferUpdated.of(view()));
    }

    void withdraw(Instant now) {
        requireActive();
        status = OfferStatus.WITHDRAWN;
        changedAt = now;
        raise(OfferEvents.OfferWithdrawn.of(view()));
    }

    /**
     * @param needId the need the commitment is for, kept with the reservation: the commitment is made from it
     * @return false if this commitment already holds its reservation (a retry), true if reserved now
     */
    boolean reserve(String commitmentId, String needId, int amount, Instant now) {
        if (reservations.containsKey(commitmentId)) {
            return false;
        }
        if (status != OfferStatus.ACTIVE) {
            throw new RuleViolationException("offerId", "the offer has been withdrawn");
        }
        if (amount > remaining) {
            throw new RuleViolationException("quantity", "the offer has only " + remaining + " " + unit + " left; "
                    + amount + " cannot be committed");
        }
        reservations.put(commitmentId, new Reservation(amount, now, needId));
        recount(now);
        return true;
    }

    /** Gives back a declined commitment's quantity; releasing twice changes nothing. */
    boolean release(String commitmentId, Instant now) {
        if (reservations.remove(commitmentId) == null) {
            return false;
        }
        recount(now);
        return true;
    }

    private void recount(Instant now) {
        committed = reservations.values().stream().mapToInt(Reservation::quantity).sum();
        remaining = quantity - committed;
        changedAt = now;
        raise(OfferEvents.OfferUpdated.of(view()));
    }

    private void apply(OfferDetails d, Instant now) {
        if (d.availableUntil() != null && !d.availableUntil().isAfter(d.availableFrom())) {
            throw new RuleViolationException("availableUntil", "must be after availableFrom");
        }
        resourceType = d.resourceType();
        description = d.description().strip();
        quantity = d.quantity();
        unit = d.unit().strip();
        availableFrom = d.availableFrom();
        availableUntil = d.availableUntil();
        areas = Lists.clean(d.areas());
        languages = Lists.clean(d.languages());
        targetGroups = Lists.clean(d.targetGroups());
        remaining = quantity - committed;
        changedAt = now;
    }

    private void requireActive() {
        if (status != OfferStatus.ACTIVE) {
            throw new ConflictException("Offer " + id + " has been withdrawn");
        }
    }

    public String organizationId() {
        return organizationId;
    }

    /** The commitments holding part of this offer: the proposals their commitments are made from. */
    public Map<String, Reservation> reservations() {
        return Map.copyOf(reservations);
    }

    public String resourceType() {
        return resourceType;
    }

    public String unit() {
        return unit;
    }

    /** @param needId null on reservations made before proposals were kept with them */
    public record Reservation(int quantity, Instant at, String needId) {
    }

    @Override
    protected String eventTopic() {
        return OfferEvents.TOPIC;
    }

    OfferView view() {
        return new OfferView(id, organizationId, resourceType, description, quantity, unit, committed, remaining,
                availableFrom, availableUntil, areas, languages, targetGroups, status, changedAt, version, null);
    }
}
