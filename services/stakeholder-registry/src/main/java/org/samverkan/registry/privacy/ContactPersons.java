package org.samverkan.registry.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.registry.audit.AuditTrail;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Contact persons with consent. Every list leaves out withdrawn consent; erasure is a hard delete, audited by id.
 * These changes publish no event, so each writes its audit entry itself, first and under an id of the step: a change
 * that then fails is repeated by its caller and adds no second entry.
 */
@Service
public class ContactPersons {
    static final String COLLECTION = "contact_persons";
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReferenceData reference;
    private final AuditTrail audit;

    ContactPersons(MongoTemplate mongo, Clock clock, ReferenceData reference, AuditTrail audit) {
        this.mongo = mongo;
        this.clock = clock;
        this.reference = reference;
        this.audit = audit;
    }

    ContactPerson add(String organizationId, NewContactPerson person) {
        if (person.preferredLanguage() != null && !reference.knows(ReferenceData.Kind.LANGUAGE, person.preferredLanguage())) {
            throw new RuleViolationException("preferredLanguage", "unknown language '" + person.preferredLanguage()
                    + "' in the reference data of " + reference.municipality());
        }
        var consent = new ContactPerson.Consent(person.consent().givenAt() == null ? clock.instant() : person.consent().givenAt(),
                person.consent().purpose(), null);
        ContactPerson saved = new ContactPerson(UUID.randomUUID().toString(), organizationId, person.name().strip(),
                person.role(), person.email(), person.phone(), person.preferredLanguage(), consent, clock.instant());
        audit.appendOnce(audit.entry("added:" + saved.id(), "CONTACT_PERSON_ADDED", organizationId, saved.id(), Map.of()));
        return mongo.insert(saved, COLLECTION);
    }

    /** Those who still consent, of one organisation or (null) of all. */
    List<ContactPerson> active(String organizationId) {
        Criteria criteria = Criteria.where("consent.withdrawnAt").is(null);
        if (organizationId != null) {
            criteria = criteria.and("organizationId").is(organizationId);
        }
        return mongo.find(Query.query(criteria), ContactPerson.class);
    }

    ContactPerson get(String id) {
        ContactPerson person = mongo.findById(id, ContactPerson.class);
        if (person == null) {
            throw new NotFoundException("No contact person " + id);
        }
        return person;
    }

    void withdrawConsent(String organizationId, String id) {
        ContactPerson person = get(id);
        if (!person.organizationId().equals(organizationId)) {
            throw new NotFoundException("No contact person " + id + " at organisation " + organizationId);
        }
        changeAudited("consent-withdrawn:" + id, id, Update.update("consent.withdrawnAt", clock.instant()), "CONSENT_WITHDRAWN", organizationId);
    }

    /**
     * GDPR erasure: the document is deleted, not blanked; the audit entry names only the id. A crash between the entry
     * and the delete leaves the person listed, and the administrator repeats the erasure.
     */
    void erase(String id) {
        ContactPerson person = get(id);
        audit.appendOnce(audit.entry("erased:" + id, "CONTACT_PERSON_ERASED", person.organizationId(), id, Map.of()));
        mongo.remove(Query.query(Criteria.where("_id").is(id)), ContactPerson.class);
    }

    ContactPerson export(String id) {
        ContactPerson person = get(id);
        // Every access request is its own entry, so a repeated export is recorded again.
        audit.appendOnce(audit.entry(UUID.randomUUID().toString(), "CONTACT_PERSON_EXPORTED", person.organizationId(), id, Map.of()));
        return person;
    }

    /** The entry first, so no change is ever without one; its step id makes a repeat add nothing. */
    private void changeAudited(String step, String id, Update change, String action, String organizationId) {
        audit.appendOnce(audit.entry(step, action, organizationId, id, Map.of()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), change, COLLECTION);
    }

    /** A merge moves the merged-away organisation's contact persons to the survivor. */
    public void move(String fromOrganizationId, String toOrganizationId) {
        for (ContactPerson person : mongo.find(Query.query(Criteria.where("organizationId").is(fromOrganizationId)), ContactPerson.class)) {
            changeAudited("moved:" + person.id() + ":" + toOrganizationId, person.id(), Update.update("organizationId", toOrganizationId),
                    "CONTACT_PERSON_MOVED", toOrganizationId);
        }
    }
}
