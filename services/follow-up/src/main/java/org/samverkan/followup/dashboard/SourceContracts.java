package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.samverkan.platform.events.EventTypes;

/**
 * The events the dashboard reads, as the dashboard reads them: only the fields it needs, from the documented contracts
 * (docs/asyncapi.yaml), never the producers' classes — not even follow-up's own, so the dashboard depends on what is
 * published rather than on how it is produced. Unknown fields are ignored.
 */
final class SourceContracts {
    static final String ORGANIZATIONS = "samverkan.registry.organization";
    static final String OFFERS = "samverkan.inventory.offer";
    static final String NEEDS = "samverkan.inventory.need";
    static final String COMMITMENTS = "samverkan.inventory.commitment";
    static final String NOTICES = "samverkan.communications.notice";
    static final String DELIVERIES = "samverkan.communications.delivery";
    static final String OBSERVATIONS = "samverkan.followup.observation";
    static final String RUMOURS = "samverkan.followup.rumour";
    /** Every topic the dashboard is built from; a rebuild reads each from the start. */
    static final List<String> TOPICS = List.of(ORGANIZATIONS, OFFERS, NEEDS, COMMITMENTS, NOTICES, DELIVERIES, OBSERVATIONS, RUMOURS);

    private SourceContracts() {
    }

    /** Any registry organisation event: each carries the whole public state; one of the timestamps is set. */
    @EventTypes({"org.samverkan.registry.OrganizationRegistered", "org.samverkan.registry.OrganizationProfileChanged",
            "org.samverkan.registry.OrganizationVerified", "org.samverkan.registry.OrganizationSuspended",
            "org.samverkan.registry.OrganizationMerged"})
    record OrganizationState(String organizationId, String status, Reach reach, Instant registeredAt, Instant changedAt,
                             Instant verifiedAt, Instant suspendedAt, Instant mergedAt) {
        Instant time() {
            return first(registeredAt, changedAt, verifiedAt, suspendedAt, mergedAt);
        }
    }

    record Reach(List<String> areas, List<String> languages, List<String> targetGroups) {
    }

    @EventTypes({"org.samverkan.inventory.OfferRegistered", "org.samverkan.inventory.OfferUpdated",
            "org.samverkan.inventory.OfferWithdrawn"})
    record OfferState(String offerId, String organizationId, int remainingQuantity, Instant availableFrom,
                      Instant availableUntil, List<String> areas, List<String> languages, List<String> targetGroups,
                      String status, Instant changedAt) {
    }

    @EventTypes({"org.samverkan.inventory.NeedRaised", "org.samverkan.inventory.NeedUpdated", "org.samverkan.inventory.NeedClosed"})
    record NeedState(String needId, List<String> areas, List<String> targetGroups, List<String> languages, String status,
                     Instant changedAt) {
    }

    @EventTypes({"org.samverkan.inventory.CommitmentProposed", "org.samverkan.inventory.CommitmentAccepted",
            "org.samverkan.inventory.CommitmentDeclined", "org.samverkan.inventory.CommitmentDelivered"})
    record CommitmentState(String commitmentId, String organizationId, String status, Instant changedAt) {
    }

    /** A notice that is current; texts are read only for their language tags. */
    @EventTypes({"org.samverkan.communications.NoticePublished", "org.samverkan.communications.NoticeUpdated"})
    record NoticeState(String noticeId, String incident, List<String> areas, List<String> targetGroups,
                       Map<String, Object> texts, List<String> requiredLanguages, Instant publishedAt, Instant cancelledAt) {
    }

    /** The same state as {@link NoticeState}, of a notice that no longer counts. */
    @EventTypes("org.samverkan.communications.NoticeCancelled")
    record NoticeCancelled(String noticeId, String incident, List<String> areas, List<String> targetGroups,
                           Map<String, Object> texts, List<String> requiredLanguages, Instant publishedAt, Instant cancelledAt) {
        NoticeState state() {
            return new NoticeState(noticeId, incident, areas, targetGroups, texts, requiredLanguages, publishedAt, cancelledAt);
        }
    }

    @EventTypes({"org.samverkan.communications.NoticeDelivered", "org.samverkan.communications.DeliveryFailed",
            "org.samverkan.communications.NoticeAcknowledged", "org.samverkan.communications.NoticeRelayed"})
    record DeliveryFact(String deliveryId, String messageKind, String noticeId, String organizationId, List<String> languages,
                        String via, Integer people, String language, String area, Instant deliveredAt, Instant failedAt,
                        Instant acknowledgedAt, Instant reportedAt) {
        Instant time() {
            return first(deliveredAt, failedAt, acknowledgedAt, reportedAt);
        }
    }

    @EventTypes("org.samverkan.followup.ObservationReported")
    record ObservationReported(String observationId, String area, List<String> targetGroups, List<String> languages,
                               String organizationId, Instant reportedAt) {
    }

    /** CounterMessageRequested, on the same topic, is not read. */
    @EventTypes({"org.samverkan.followup.RumourReported", "org.samverkan.followup.RumourStatusChanged"})
    record RumourState(String rumourId, String language, List<String> areas, List<String> targetGroups, boolean stigmatising,
                       String status, String organizationId, Instant reportedAt, Instant changedAt) {
    }

    static final String COUNTER_MESSAGE_REQUESTED = "org.samverkan.followup.CounterMessageRequested";

    static Instant first(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
