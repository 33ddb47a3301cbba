package org.samverkan.communications.delivery;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps what the gateway receives, before it acknowledges it to the SMSC; {@link SmsAnswers} applies it. */
@Component
class SmsInboundStore implements SmsInbound {
    private final MongoTemplate mongo;
    private final AckTokens tokens;
    private final Clock clock;

    SmsInboundStore(MongoTemplate mongo, AckTokens tokens, Clock clock) {
        this.mongo = mongo;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void receipt(String messageId, boolean delivered, String status) {
        // One id per receipt of a part: a receipt the SMSC delivers again is stored once.
        mongo.save(new SmsAnswer("receipt:" + messageId + ":" + delivered, SmsAnswer.Kind.RECEIPT, messageId, delivered, status,
                null, null, clock.instant(), null));
    }

    @Override
    public void reply(String number, String text) {
        mongo.save(new SmsAnswer("reply:" + UUID.randomUUID(), SmsAnswer.Kind.REPLY, null, false, null, tokens.pseudonym(number),
                text, clock.instant(), null));
    }
}
