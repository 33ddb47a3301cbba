package org.samverkan.registry.noticeaddress;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands the notice address given at registration to communications and then forgets it. The address is saved with
 * the registration (one write, so a crash loses nothing); this forwards it at once and, if communications or the
 * identity provider is down, again every interval until it is through. Only a refusal of the address itself drops
 * it. Logs name the organisation, never the address.
 */
public class NoticeAddressForwarder {
    /** The field on the organisation's document that holds an address not yet forwarded. */
    public static final String FIELD = "noticeAddressToForward";
    private static final String COLLECTION = "organizations";
    private static final Logger log = LoggerFactory.getLogger(NoticeAddressForwarder.class);
    private final MongoTemplate mongo;
    private final CommunicationsInboxes inboxes;

    NoticeAddressForwarder(MongoTemplate mongo, CommunicationsInboxes inboxes) {
        this.mongo = mongo;
        this.inboxes = inboxes;
    }

    /** Right after the registration is saved; a failure is left to {@link #forwardPending()}. */
    public void forwardNow(String organizationId, NoticeAddress address) {
        if (inboxes != null && address != null && !address.none()) {
            forward(organizationId, address);
        }
    }

    @Scheduled(fixedDelayString = "${samverkan.registry.notice-addresses.forward-interval:10s}")
    void forwardPending() {
        if (inboxes == null) {
            return;
        }
        Query pending = Query.query(Criteria.where(FIELD).exists(true)).with(Sort.by("_id")).limit(100);
        pending.fields().include(FIELD);
        List<Document> documents = mongo.find(pending, Document.class, COLLECTION);
        for (Document d : documents) {
            Document a = d.get(FIELD, Document.class);
            if (a != null && !forward(String.valueOf(d.get("_id")), new NoticeAddress(a.getString("email"), a.getString("sms")))) {
                return; // communications is not answering: the rest wait for the next round
            }
        }
    }

    private boolean forward(String organizationId, NoticeAddress address) {
        try {
            inboxes.forward(organizationId, address);
        } catch (CommunicationsInboxes.Refused refused) {
            log.error("Organisation {}: {}; the address is dropped, a representative or registry administrator sets "
                    + "one in the portal", organizationId, refused.getMessage());
        } catch (RuntimeException e) {
            log.warn("Organisation {}: notice address not yet forwarded to communications, retrying: {}", organizationId, e.toString());
            return false;
        }
        // The revision moves with the removal, so a change loaded before it cannot save the address back (and forward
        // it again, perhaps after the inbox was erased): that save is refused by the store's revision guard instead.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(organizationId).and(FIELD).exists(true)),
                new Update().unset(FIELD).inc("revision", 1), COLLECTION);
        return true;
    }
}
