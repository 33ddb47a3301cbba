package org.samverkan.registry.representatives;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.registry.actor.Actors;
import org.samverkan.registry.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Who represents which organisation. The registry writes its record first (INVITING), then has the identity
 * provider link the account, then marks it INVITED: a failure in between leaves a record to repeat the invitation
 * on, never an account the registry does not know of. Audit entries name the representative's id only.
 */
@Service
class Representatives {
    static final String COLLECTION = "representatives";
    private final MongoTemplate mongo;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Actors actors;

    Representatives(MongoTemplate mongo, Accounts accounts, AuditTrail audit, Clock clock, Actors actors) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.actors = actors;
    }

    static String idOf(String organizationId, String email) {
        return UUID.nameUUIDFromBytes((organizationId + "\n" + normal(email)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Invites the person for the organisation. An invitation already done is repeated (the e-mail sent again) only
     * when {@code again}; the event-driven invitation of an applicant passes false, so a redelivered event sends nothing.
     */
    Representative invite(String organizationId, String email, boolean again) {
        String id = idOf(organizationId, email);
        Representative existing = mongo.findById(id, Representative.class);
        if (existing != null && existing.state() == Representative.State.INVITED && !again) {
            return existing;
        }
        if (existing == null) {
            insert(new Representative(id, organizationId, normal(email), null, Representative.State.INVITING, clock.instant()));
        }
        String accountId = accounts.invite(normal(email), organizationId);
        changeAudited(id, Update.update("accountId", accountId).set("state", Representative.State.INVITED)
                .set("invitedAt", clock.instant()), "REPRESENTATIVE_INVITED", organizationId);
        return get(id);
    }

    List<Representative> of(String organizationId) {
        return mongo.find(Query.query(Criteria.where("organizationId").is(organizationId)), Representative.class);
    }

    Representative get(String id) {
        Representative representative = mongo.findById(id, Representative.class);
        if (representative == null) {
            throw new NotFoundException("No representative " + id);
        }
        return representative;
    }

    Representative of(String organizationId, String id) {
        Representative representative = get(id);
        if (!representative.organizationId().equals(organizationId)) {
            throw new NotFoundException("No representative " + id + " of organisation " + organizationId);
        }
        return representative;
    }

    /**
     * The account loses the organisation and its sessions first; then the record goes (hard delete: personal
     * data), its audit entry written before it. A failure at the provider leaves the record, to remove again.
     *
     * @return whether the account still represents another organisation
     */
    boolean remove(Representative representative, String action) {
        boolean representsOthers = representative.accountId() != null
                && accounts.remove(representative.accountId(), representative.organizationId());
        audit.appendOnce(audit.entry(action + ":" + representative.id() + ":" + representative.invitedAt(), action, representative.organizationId(),
                representative.id(), Map.of()));
        mongo.remove(Query.query(Criteria.where("_id").is(representative.id())), COLLECTION);
        return representsOthers;
    }

    /**
     * GDPR erasure: removed, and the account deleted when it represents nothing else — with the person's actor mapping
     * (its login name is the e-mail), so the audit trail's entries of theirs name nobody any more.
     */
    void erase(String id) {
        Representative representative = get(id);
        if (!remove(representative, "REPRESENTATIVE_ERASED") && representative.accountId() != null) {
            accounts.delete(representative.accountId());
            actors.bySubject(representative.accountId()).ifPresent(actor -> actors.erase(actor.id()));
        }
    }

    Representative export(String id) {
        Representative representative = get(id);
        changeAudited(id, new Update(), "REPRESENTATIVE_EXPORTED", representative.organizationId());
        return representative;
    }

    private void insert(Representative representative) {
        // no event carries this change, so its entry is written first, under the step's id (as for contact persons)
        audit.appendOnce(audit.entry("REPRESENTATIVE_ADDED:" + representative.id() + ":" + representative.invitedAt(), "REPRESENTATIVE_ADDED",
                representative.organizationId(), representative.id(), Map.of()));
        Document document = new Document();
        mongo.getConverter().write(representative, document);
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException invitedMeanwhile) {
            // invited meanwhile by a concurrent request: the record and its entry exist once
        }
    }

    private void changeAudited(String id, Update change, String action, String organizationId) {
        // each export and each (re-)invitation is its own act, so each gets its own entry
        audit.appendOnce(audit.entry(UUID.randomUUID().toString(), action, organizationId, id, Map.of()));
        if (!change.getUpdateObject().isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), change, COLLECTION);
        }
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
