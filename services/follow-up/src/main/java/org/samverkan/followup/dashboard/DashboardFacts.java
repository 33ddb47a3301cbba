package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.samverkan.followup.dashboard.SourceContracts.CommitmentState;
import org.samverkan.followup.dashboard.SourceContracts.DeliveryFact;
import org.samverkan.followup.dashboard.SourceContracts.NeedState;
import org.samverkan.followup.dashboard.SourceContracts.NoticeCancelled;
import org.samverkan.followup.dashboard.SourceContracts.NoticeState;
import org.samverkan.followup.dashboard.SourceContracts.ObservationReported;
import org.samverkan.followup.dashboard.SourceContracts.OfferState;
import org.samverkan.followup.dashboard.SourceContracts.OrganizationState;
import org.samverkan.followup.dashboard.SourceContracts.Reach;
import org.samverkan.followup.dashboard.SourceContracts.RumourState;
import org.samverkan.platform.consumer.ConsumedEvent;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.stereotype.Component;

/**
 * Turns a consumed event into the fact the dashboard keeps, by its contract type; for the live consumers and for a
 * rebuild alike. A type the dashboard knows but does not need gives nothing; an unknown type is refused.
 */
@Component
class DashboardFacts {
    /** One router per source topic, each knowing exactly that topic's types (docs/asyncapi.yaml). */
    private final Map<String, EventRouter<Keyed>> byTopic = Map.of(
            SourceContracts.ORGANIZATIONS, EventRouter.<Keyed>create().on(OrganizationState.class, DashboardFacts::organization),
            SourceContracts.OFFERS, EventRouter.<Keyed>create().on(OfferState.class, DashboardFacts::offer),
            SourceContracts.NEEDS, EventRouter.<Keyed>create().on(NeedState.class, DashboardFacts::need),
            SourceContracts.COMMITMENTS, EventRouter.<Keyed>create().on(CommitmentState.class, DashboardFacts::commitment),
            SourceContracts.NOTICES, EventRouter.<Keyed>create()
                    .on(NoticeState.class, e -> notice(e, e.data(), "PUBLISHED"))
                    .on(NoticeCancelled.class, e -> notice(e, e.data().state(), "CANCELLED")),
            SourceContracts.DELIVERIES, EventRouter.<Keyed>create().on(DeliveryFact.class, DashboardFacts::delivery),
            SourceContracts.OBSERVATIONS, EventRouter.<Keyed>create().on(ObservationReported.class, DashboardFacts::observation),
            SourceContracts.RUMOURS, EventRouter.<Keyed>create().on(RumourState.class, DashboardFacts::rumour)
                    .ignoring(SourceContracts.COUNTER_MESSAGE_REQUESTED));

    record Keyed(Kind kind, String id, Fact fact) {
    }

    /** A record of a rebuild, read from any source topic. */
    Optional<Keyed> read(EventEnvelope event) {
        return router(event.topic()).route(event);
    }

    EventRouter<Keyed> router(String topic) {
        EventRouter<Keyed> router = byTopic.get(topic);
        if (router == null) {
            throw new IllegalArgumentException("The dashboard reads no topic " + topic);
        }
        return router;
    }

    private static Keyed organization(ConsumedEvent<OrganizationState> e) {
        var s = e.data();
        var reach = s.reach() == null ? new Reach(null, null, null) : s.reach();
        Fact fact = fact(e, s.time()).org(s.organizationId()).status(required(e, "status", s.status()))
                .coverage(reach.areas(), reach.targetGroups(), reach.languages());
        return new Keyed(Kind.ORGANIZATIONS, required(e, "organizationId", s.organizationId()), fact);
    }

    private static Keyed offer(ConsumedEvent<OfferState> e) {
        var s = e.data();
        Fact fact = fact(e, s.changedAt()).org(s.organizationId()).status(s.status())
                .coverage(s.areas(), s.targetGroups(), s.languages())
                .capacity(s.remainingQuantity(), s.availableFrom(), s.availableUntil());
        return new Keyed(Kind.OFFERS, required(e, "offerId", s.offerId()), fact);
    }

    private static Keyed need(ConsumedEvent<NeedState> e) {
        var s = e.data();
        Fact fact = fact(e, s.changedAt()).status(required(e, "status", s.status()))
                .coverage(s.areas(), s.targetGroups(), s.languages());
        return new Keyed(Kind.NEEDS, required(e, "needId", s.needId()), fact);
    }

    private static Keyed commitment(ConsumedEvent<CommitmentState> e) {
        var s = e.data();
        Fact fact = fact(e, s.changedAt()).org(s.organizationId()).status(s.status());
        return new Keyed(Kind.COMMITMENTS, required(e, "commitmentId", s.commitmentId()), fact);
    }

    /** A notice's targeted languages: those it was required to offer and those it was published in. */
    private static Keyed notice(ConsumedEvent<?> e, NoticeState s, String status) {
        Set<String> languages = new LinkedHashSet<>(s.requiredLanguages() == null ? List.of() : s.requiredLanguages());
        if (s.texts() != null) {
            languages.addAll(s.texts().keySet());
        }
        Fact fact = fact(e, SourceContracts.first(s.publishedAt(), s.cancelledAt())).status(status)
                .coverage(s.areas(), s.targetGroups(), new ArrayList<>(languages)).incident(s.incident());
        return new Keyed(Kind.NOTICES, required(e, "noticeId", s.noticeId()), fact);
    }

    private static Keyed delivery(ConsumedEvent<DeliveryFact> e) {
        var s = e.data();
        Fact fact = fact(e, s.time()).org(required(e, "organizationId", s.organizationId()))
                .coverage(null, null, s.languages())
                .delivery(required(e, "noticeId", s.noticeId()), s.messageKind(), s.language(), s.area(), s.people());
        return new Keyed(Kind.DELIVERIES, required(e, "deliveryId", s.deliveryId()), fact);
    }

    private static Keyed observation(ConsumedEvent<ObservationReported> e) {
        var s = e.data();
        Fact fact = fact(e, s.reportedAt()).org(s.organizationId())
                .coverage(List.of(required(e, "area", s.area())), s.targetGroups(), s.languages());
        return new Keyed(Kind.OBSERVATIONS, required(e, "observationId", s.observationId()), fact);
    }

    private static Keyed rumour(ConsumedEvent<RumourState> e) {
        var s = e.data();
        Fact fact = fact(e, SourceContracts.first(s.reportedAt(), s.changedAt())).org(s.organizationId())
                .status(s.status()).coverage(s.areas(), s.targetGroups(), null).rumour(s.language(), s.stigmatising());
        return new Keyed(Kind.RUMOURS, required(e, "rumourId", s.rumourId()), fact);
    }

    /** Event time: the event's own timestamp, else its ce_time; an event with neither cannot be placed in time. */
    private static Fact fact(ConsumedEvent<?> e, Instant own) {
        Instant at = own != null ? own : e.time();
        if (at == null) {
            throw new MalformedEventException("Event " + e.id() + " has neither a timestamp field nor ce_time");
        }
        return Fact.of(e.aggregateVersion(), at, e.type().substring(e.type().lastIndexOf('.') + 1));
    }

    private static String required(ConsumedEvent<?> e, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Event " + e.id() + " of type " + e.type() + " lacks " + field);
        }
        return value;
    }
}
