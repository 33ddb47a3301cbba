package org.samverkan.communications.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A receipt or reply received and not yet applied to its delivery. A reply's number is kept only as its keyed hash;
 * the reply text only until it is applied.
 *
 * @param claimedUntil while set and in the future, one instance is applying it
 */
@Document("sms_inbound")
record SmsAnswer(@Id String id, Kind kind, String messageId, boolean delivered, String status, String numberHash,
                 String text, Instant receivedAt, Instant claimedUntil) {
    enum Kind { RECEIPT, REPLY }
}
