package org.samverkan.registry.audit;

import org.bson.Document;
import org.samverkan.registry.actor.Actors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Entries written before actor ids kept the caller's token subject in {@code actor}. Once, in the background after
 * start-up, each such subject gets its actor id and the entry keeps only that, so erasing the person reaches those
 * entries too. Entries a crash left in a document's {@code pendingAudit} (the earlier mechanism) move to the trail
 * the same way first. Repeating it finds nothing. Events from before actor ids are not audited again from the topic
 * (AuditTrailConsumer): these entries are theirs.
 */
@Component
class EarlierEntries {
    static final String PENDING = "pendingAudit";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EarlierEntries.class);
    private final MongoTemplate mongo;
    private final Actors actors;

    EarlierEntries(MongoTemplate mongo, Actors actors) {
        this.mongo = mongo;
        this.actors = actors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofVirtual().name("audit-actor-ids").start(() -> {
            try {
                convert();
            } catch (RuntimeException e) {
                log.warn("Earlier audit entries not converted to actor ids yet (next start): {}", e.toString());
            }
        });
    }

    void convert() {
        for (String collection : new String[] {"organizations", "contact_persons"}) {
            Query waiting = Query.query(Criteria.where(PENDING).exists(true));
            for (Document document : mongo.find(waiting, Document.class, collection)) {
                for (Document entry : document.getList(PENDING, Document.class, java.util.List.of())) {
                    try {
                        mongo.insert(new Document(entry), "audit");
                    } catch (org.springframework.dao.DuplicateKeyException alreadyMoved) {
                        // settled before the crash's document was cleaned
                    }
                }
                mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))), new Update().unset(PENDING), collection);
            }
        }
        Query named = Query.query(Criteria.where("actor").exists(true));
        int converted = 0;
        for (Document entry : mongo.find(named, Document.class, "audit")) {
            String subject = entry.getString("actor");
            String actorId = subject == null || Actors.ANONYMOUS.equals(subject) ? Actors.ANONYMOUS : actors.forSubject(subject, null);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.get("_id"))),
                    new Update().set("actorId", actorId).unset("actor"), "audit");
            converted++;
        }
        if (converted > 0) {
            log.info("{} earlier audit entries now name their actor by id", converted);
        }
    }
}
