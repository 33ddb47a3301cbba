package org.samverkan.communications.delivery;

import org.samverkan.communications.inbox.Inbox;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Erases an organisation's notice inbox: its addresses may be a person's own (a small group's "shared" number is often
 * somebody's phone), so a GDPR erasure must be able to reach them. The inbox document goes, and with it the keyed hash
 * of its SMS number that matches replies to deliveries (a reply still waiting then matches nothing and is dropped).
 * Deliveries keep only the organisation's id and never held an address.
 */
@Component
class InboxErasure {
    private final MongoTemplate mongo;
    private final AckTokens tokens;

    InboxErasure(MongoTemplate mongo, AckTokens tokens) {
        this.mongo = mongo;
        this.tokens = tokens;
    }

    /** @return false if the organisation had no inbox */
    boolean erase(String organizationId) {
        Inbox inbox = mongo.findById(organizationId, Inbox.class);
        if (inbox == null) {
            return false;
        }
        // The hash first: if the inbox delete then fails, repeating the erasure finds the inbox and finishes. Once more
        // after it, for a send that finished meanwhile (one still under way, at most send-timeout long, can write the
        // hash again; it holds no number and matches replies only to that one delivery).
        forgetNumber(inbox);
        mongo.remove(Query.query(Criteria.where("_id").is(organizationId)), Inbox.class);
        forgetNumber(inbox);
        return true;
    }

    private void forgetNumber(Inbox inbox) {
        if (inbox.sms() != null) {
            mongo.remove(Query.query(Criteria.where("_id").is(tokens.pseudonym(inbox.sms()))), SmsTrail.LastToNumber.class);
        }
    }
}
