package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.samverkan.followup.dashboard.SourceContracts.CommitmentState;
import org.samverkan.followup.dashboard.SourceContracts.DeliveryFact;
import org.samverkan.followup.dashboard.SourceContracts.NeedState;
import org.samverkan.followup.dashboard.SourceContracts.NoticeState;
import org.samverkan.followup.dashboard.SourceContracts.ObservationReported;
import org.samverkan.followup.dashboard.SourceContracts.OfferState;
import org.samverkan.followup.dashboard.SourceContracts.OrganizationState;
import org.samverkan.followup.dashboard.SourceContracts.Reach;
import org.samverkan.followup.dashboard.SourceContracts.RumourState;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.MalformedEventException;

/** Turns a consumed event into the fact the dashboard keeps, or nothing for a type the dashboard does not need. */
final class FactReader {
    private static final Set<String> RUMOUR_TYPES = Set.of("RumourReported", "RumourStatusChanged");

    private FactReader() {
    }

    record Keyed(Kind kind, String id, Fact fact) {
    }

    static Optional<Keyed> read(EventEnvelope e) {
        String type = e.type().substring(e.type().lastIndexOf('.') + 1);
        return Optional.ofNullable(switch (e.topic()) {
            case SourceContracts.ORGANIZATIONS -> organization(e, type);
            case SourceContracts.OFFERS -> offer(e, type);
            case SourceContracts.NEEDS -> need(e, type);
            case SourceContracts.COMMITMENTS -> commitment(e, type);
            case SourceContracts.NOTICES -> notice(e, type);
            case SourceContracts.DELIVERIES -> delivery(e, type);
            case SourceContracts.OBSERVATIONS -> "ObservationReported".equals(type) ? observation(e, type) : null;
            case SourceContracts.RUMOURS -> RUMOUR_TYPES.contains(type) ? rumour(e, type) : null;
            default -> null;
        });
    }

    private static Keyed organization(EventEnvelope e, String type) {
        var s = e.data(OrganizationState.class);
        var reach = s.reach() == null ? new Reach(null, null, null) : s.reach();
        Fact fact = fact(e, type, s.time()).org(s.organizationId()).status(required(e, "status", s.status()))
                .coverage(reach.areas(), reach.targetGroups(), reach.languages());
        return new Keyed(Kind.ORGANIZATIONS, required(e, "organizationId", s.organizationId()), fact);
    }

    private static Keyed offer(EventEnvelope e, String type) {
        var s = e.data(OfferState.class);
        Fact fact = fact(e, type, s.changedAt()).org(s.organizationId()).status(s.status())
                .coverage(s.areas(), s.targetGroups(), s.languages())
                .capacity(s.remainingQuantity(), s.availableFrom(), s.availableUntil());
        return new Keyed(Kind.OFFERS, required(e, "offerId", s.offerId()), fact);
    }

    private static Keyed need(EventEnvelope e, String type) {
        var s = e.data(NeedState.class);
        Fact fact = fact(e, type, s.changedAt()).status(required(e, "status", s.status()))
                .coverage(s.areas(), s.targetGroups(), s.languages());
        return new Keyed(Kind.NEEDS, required(e, "needId", s.needId()), fact);
    }

    private static Keyed commitment(EventEnvelope e, String type) {
        var s = e.data(CommitmentState.class);
        Fact fact = fact(e, type, s.changedAt()).org(s.organizationId()).status(s.status());
        return new Keyed(Kind.COMMITMENTS, required(e, "commitmentId", s.commitmentId()), fact);
    }

    /** A notice's targeted languages: those it was required to offer and those it was published in. */
    private static Keyed notice(EventEnvelope e, String type) {
        var s = e.data(NoticeState.class);
        Set<String> languages = new LinkedHashSet<>(s.requiredLanguages() == null ? List.of() : s.requiredLanguages());
        if (s.texts() != null) {
            languages.addAll(s.texts().keySet());
        }
        Fact fact = fact(e, type, SourceContracts.first(s.publishedAt(), s.cancelledAt()))
                .status(type.equals("NoticeCancelled") ? "CANCELLED" : "PUBLISHED")
                .coverage(s.areas(), s.targetGroups(), new ArrayList<>(languages)).incident(s.incident());
        return new Keyed(Kind.NOTICES, required(e, "noticeId", s.noticeId()), fact);
    }

    private static Keyed delivery(EventEnvelope e, String type) {
        var s = e.data(DeliveryFact.class);
        Fact fact = fact(e, type, s.time()).org(required(e, "organizationId", s.organizationId()))
                .coverage(null, null, s.languages())
                .delivery(required(e, "noticeId", s.noticeId()), s.messageKind(), s.language(), s.area(), s.people());
        return new Keyed(Kind.DELIVERIES, required(e, "deliveryId", s.deliveryId()), fact);
    }

    private static Keyed observation(EventEnvelope e, String type) {
        var s = e.data(ObservationReported.class);
        Fact fact = fact(e, type, s.reportedAt()).org(s.organizationId())
                .coverage(List.of(required(e, "area", s.area())), s.targetGroups(), s.languages());
        return new Keyed(Kind.OBSERVATIONS, required(e, "observationId", s.observationId()), fact);
    }

    private static Keyed rumour(EventEnvelope e, String type) {
        var s = e.data(RumourState.class);
        Fact fact = fact(e, type, SourceContracts.first(s.reportedAt(), s.changedAt())).org(s.organizationId())
                .status(s.status()).coverage(s.areas(), s.targetGroups(), null).rumour(s.language(), s.stigmatising());
        return new Keyed(Kind.RUMOURS, required(e, "rumourId", s.rumourId()), fact);
    }

    /** Event time: the event's own timestamp, else its ce_time; an event with neither cannot be placed in time. */
    private static Fact fact(EventEnvelope e, String type, Instant own) {
        Instant at = own != null ? own : e.time();
        if (at == null) {
            throw new MalformedEventException("Event " + e.id() + " has neither a timestamp field nor ce_time");
        }
        return Fact.of(e.aggregateVersion(), at, type);
    }

    private static String required(EventEnvelope e, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Event " + e.id() + " of type " + e.type() + " lacks " + field);
        }
        return value;
    }
}
