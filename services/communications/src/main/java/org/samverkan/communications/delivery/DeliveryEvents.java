package org.samverkan.communications.delivery;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * Communications' published contract for deliveries to intermediaries (topic {@value #TOPIC}, key = delivery id
 * {@code noticeId:organizationId}). Organisations, never people: no addresses, no names of contact persons, and
 * relays as aggregated figures only.
 */
public final class DeliveryEvents {
    public static final String TOPIC = "samverkan.communications.delivery";

    private DeliveryEvents() {
    }

    /** What was delivered: a public notice, or a situation update from crisis staff ({@code noticeId} is then its id). */
    public enum MessageKind { NOTICE, SITUATION_UPDATE }

    @EventType("org.samverkan.communications.NoticeDelivered")
    public record NoticeDelivered(String deliveryId, MessageKind messageKind, String noticeId, String organizationId, List<String> languages,
                                  List<String> channels, int attempts, Instant deliveredAt) {
    }

    /** Retries are exhausted (or nothing can be tried): the notice has not reached this organisation. */
    @EventType("org.samverkan.communications.DeliveryFailed")
    public record DeliveryFailed(String deliveryId, MessageKind messageKind, String noticeId, String organizationId, int attempts, String reason,
                                 Instant failedAt) {
    }

    @EventType("org.samverkan.communications.NoticeAcknowledged")
    public record NoticeAcknowledged(String deliveryId, MessageKind messageKind, String noticeId, String organizationId, String via,
                                     Instant acknowledgedAt) {
    }

    /** "Passed on to about {@code people} people in {@code language} via {@code channel} in {@code area}". */
    @EventType("org.samverkan.communications.NoticeRelayed")
    public record NoticeRelayed(String deliveryId, MessageKind messageKind, String noticeId, String organizationId, int people, String language,
                                String channel, String area, Instant reportedAt) {
    }
}
