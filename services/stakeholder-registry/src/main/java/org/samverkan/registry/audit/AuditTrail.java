package org.samverkan.registry.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.samverkan.platform.security.CurrentUser;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The audit trail, as safe against crashes as the events: an entry rides in the document it describes, in the same
 * single-document write as the change ({@value #PENDING}), and is then moved into the {@code audit} collection
 * under its own id, so moving twice changes nothing. A crash between the write and the move leaves the entry in the
 * document; a sweep, started in the background once the service is ready (not on the start-up path: on the local
 * stand-in it scans the collections), moves it. Entries never hold personal data: contact persons appear by id.
 */
@Component
public class AuditTrail implements ApplicationListener<ApplicationReadyEvent> {
    public static final String PENDING = "pendingAudit";
    static final List<String> AUDITED_COLLECTIONS = List.of("organizations", "contact_persons", "representatives");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditTrail.class);
    private final MongoTemplate mongo;
    private final Clock clock;

    AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A new entry by the current caller, to be saved with the change it describes. */
    public AuditEntry entry(String action, String organizationId, String contactPersonId, Map<String, Object> details) {
        return new AuditEntry(UUID.randomUUID().toString(), clock.instant(), CurrentUser.get().subject(), action,
                organizationId, contactPersonId, details);
    }

    /** A new entry under a given id, for a step that may be repeated ({@link #appendOnce}). */
    public AuditEntry entry(String id, String action, String organizationId, String contactPersonId, Map<String, Object> details) {
        return new AuditEntry(id, clock.instant(), CurrentUser.get().subject(), action, organizationId, contactPersonId, details);
    }

    /** Writes the entry unless an entry with its id is already in the trail (a repeated step). */
    public void appendOnce(AuditEntry entry) {
        try {
            mongo.insert(entry);
        } catch (DuplicateKeyException alreadyWritten) {
            // the step ran before and failed after its entry: the trail already says so
        }
    }

    /** The entry as it is embedded in a document's {@value #PENDING} array. */
    public Document embedded(AuditEntry entry) {
        Document document = new Document();
        mongo.getConverter().write(entry, document);
        return document;
    }

    /** For a change with no document of its own left to carry the entry (an erasure): written directly, first. */
    public void appendNow(AuditEntry entry) {
        mongo.insert(entry);
    }

    /**
     * After a change is committed: moves its entries now if it can. A failure must not turn the committed change
     * into an error (a retry would then be refused as a conflict); the entries wait in the document for its next
     * change's settle or the sweep.
     */
    public void settleAfterCommit(String collection, String id) {
        try {
            settle(collection, id);
        } catch (RuntimeException e) {
            log.warn("Audit entries of {} {} wait in the document: {}", collection, id, e.toString());
        }
    }

    /** Moves the entries waiting in one document into the audit collection. */
    public void settle(String collection, String id) {
        Query one = Query.query(Criteria.where("_id").is(id));
        one.fields().include(PENDING);
        Document document = mongo.findOne(one, Document.class, collection);
        if (document == null) {
            return;
        }
        List<Document> pending = document.getList(PENDING, Document.class, List.of());
        for (Document entry : pending) {
            try {
                mongo.insert(new Document(entry), "audit");
            } catch (DuplicateKeyException alreadyMoved) {
                // moved before a crash or by a concurrent settle: the entry is already in the trail
            }
        }
        if (!pending.isEmpty()) {
            List<Object> ids = pending.stream().map(e -> e.get("_id")).toList();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().pull(PENDING, Query.query(Criteria.where("_id").in(ids)).getQueryObject()), collection);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        Thread.ofVirtual().name("audit-sweep").start(this::sweep);
    }

    /** Crash recovery: moves every entry still waiting in a document. */
    void sweep() {
        for (String collection : AUDITED_COLLECTIONS) {
            Query waiting = Query.query(Criteria.where(PENDING + ".0").exists(true));
            waiting.fields().include("_id");
            mongo.find(waiting, Document.class, collection).forEach(d -> settle(collection, String.valueOf(d.get("_id"))));
        }
    }

    List<AuditEntry> find(String organizationId, String contactPersonId, int limit) {
        Query query = new Query();
        if (organizationId != null) {
            query.addCriteria(Criteria.where("organizationId").is(organizationId));
        }
        if (contactPersonId != null) {
            query.addCriteria(Criteria.where("contactPersonId").is(contactPersonId));
        }
        return mongo.find(query.with(Sort.by("at")).limit(limit), AuditEntry.class);
    }
}
