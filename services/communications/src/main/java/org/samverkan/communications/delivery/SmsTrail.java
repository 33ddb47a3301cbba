package org.samverkan.communications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Which delivery an SMS belongs to: by the gateway's message id of each part (for receipts), and by the keyed hash
 * of the number for the last delivery sent to it (for replies). The number itself is not stored here.
 */
@Component
class SmsTrail {
    @Document("sms_messages")
    record SentPart(@Id String messageId, String deliveryId, Instant sentAt) {
    }

    @Document("sms_numbers")
    record LastToNumber(@Id String numberHash, String deliveryId, Instant sentAt) {
    }

    private final MongoTemplate mongo;
    private final AckTokens tokens;
    private final Clock clock;

    SmsTrail(MongoTemplate mongo, AckTokens tokens, Clock clock) {
        this.mongo = mongo;
        this.tokens = tokens;
        this.clock = clock;
    }

    void sent(String deliveryId, String number, List<String> messageIds) {
        Instant now = clock.instant();
        messageIds.forEach(id -> mongo.save(new SentPart(id, deliveryId, now)));
        mongo.save(new LastToNumber(tokens.pseudonym(number), deliveryId, now));
    }

    Optional<String> deliveryOf(String messageId) {
        return Optional.ofNullable(mongo.findById(messageId, SentPart.class)).map(SentPart::deliveryId);
    }

    Optional<String> lastDeliveryTo(String numberHash) {
        return Optional.ofNullable(mongo.findById(numberHash, LastToNumber.class)).map(LastToNumber::deliveryId);
    }
}
