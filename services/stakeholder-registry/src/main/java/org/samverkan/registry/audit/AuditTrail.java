package org.samverkan.registry.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.samverkan.registry.actor.Actors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The audit trail. Organisation changes reach it as their events ({@link AuditTrailConsumer}); the changes that publish
 * no event (contact persons, duplicate flags) write their entry themselves, before the change, under an id of the step.
 * Either way an entry is written once per id, so a redelivery or a repeated step adds nothing.
 */
@Component
public class AuditTrail {
    static final String ERASED = "erased person";
    static final String UNKNOWN = "unknown";
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Actors actors;
    private final OrganizationNames organizations;

    AuditTrail(MongoTemplate mongo, Clock clock, Actors actors, OrganizationNames organizations) {
        this.mongo = mongo;
        this.clock = clock;
        this.actors = actors;
        this.organizations = organizations;
    }

    /** An entry by the current caller under the id of the step it records. */
    public AuditEntry entry(String id, String action, String organizationId, String contactPersonId, Map<String, Object> details) {
        return new AuditEntry(id, clock.instant(), actors.current(), action, organizationId, contactPersonId, details);
    }

    /** Writes the entry unless one with its id is already in the trail; false then. */
    public boolean appendOnce(AuditEntry entry) {
        try {
            mongo.insert(entry);
            return true;
        } catch (DuplicateKeyException alreadyWritten) {
            return false;
        }
    }

    List<AuditView> find(String organizationId, String contactPersonId, String actorId, int limit) {
        Query query = new Query();
        if (organizationId != null) {
            query.addCriteria(Criteria.where("organizationId").is(organizationId));
        }
        if (contactPersonId != null) {
            query.addCriteria(Criteria.where("contactPersonId").is(contactPersonId));
        }
        if (actorId != null) {
            query.addCriteria(Criteria.where("actorId").is(actorId));
        }
        List<AuditEntry> entries = mongo.find(query.with(Sort.by("at", "_id")).limit(limit), AuditEntry.class);
        Map<String, String> names = actors.names(entries.stream().map(AuditEntry::actorId).filter(Objects::nonNull)
                .filter(id -> !Actors.ANONYMOUS.equals(id) && !Actors.SYSTEM.equals(id)).distinct().toList());
        Map<String, String> organizationNames = organizations.of(entries);
        return entries.stream().map(e -> new AuditView(e.id(), e.at(), e.actorId(), actor(e.actorId(), names), e.action(),
                e.organizationId(), e.contactPersonId(), e.details(), OrganizationNames.forEntry(e, organizationNames))).toList();
    }

    private static String actor(String actorId, Map<String, String> names) {
        if (actorId == null) {
            return UNKNOWN;
        }
        return Actors.ANONYMOUS.equals(actorId) || Actors.SYSTEM.equals(actorId) ? actorId : names.getOrDefault(actorId, ERASED);
    }
}
