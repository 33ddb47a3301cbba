package org.samverkan.communications.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery's state as staff and the receiving organisation see it.
 *
 * @param headline what was delivered, in words: the notice's headline in its source language, or the situation
 *                 update's title, so nobody has to read a message id; null if it is no longer published
 */
public record DeliveryView(String id, DeliveryEvents.MessageKind kind, String noticeId, String organizationId, List<String> languages,
                           DeliveryStatus status, int attempts, String lastError, List<String> channels,
                           Instant deliveredAt, Instant acknowledgedAt, List<Relay> relays, Delivery.SmsReceipt sms,
                           String headline) {
}
