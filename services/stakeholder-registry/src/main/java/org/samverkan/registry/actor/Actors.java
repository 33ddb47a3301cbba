package org.samverkan.registry.actor;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.store.IndexesWhenReachable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;

/**
 * Opaque actor ids for the people who change the registry, so events (kept forever on the topic) never carry a login
 * name. A person's id is made on their first change; the unique index on the subject makes two first changes at once
 * agree on one id. An anonymous self-registration is acted by {@value #ANONYMOUS}, which names no one.
 */
@Service
public class Actors {
    public static final String ANONYMOUS = "anonymous";
    /** A step the registry takes by itself from an event (inviting a verified organisation's applicant): no caller. */
    public static final String SYSTEM = "system";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Actors.class);
    private final MongoTemplate mongo;
    private final Clock clock;

    Actors(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * So concurrent first changes of one person cannot make two ids. A store that is down at start-up must not stop the
     * service (the store-outage answers take over); the index is made once the store answers.
     */
    @EventListener(ApplicationReadyEvent.class)
    void createIndex() {
        IndexesWhenReachable.create("actors", () ->
                mongo.indexOps(Actor.class).createIndex(new Index("subject", Sort.Direction.ASC).unique()));
    }

    /** The caller's actor id, made on their first change. */
    public String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return ANONYMOUS;
        }
        return forSubject(CurrentUser.get().subject(), token.getToken().getClaimAsString("preferred_username"));
    }

    /** The actor id of a subject, made if it has none yet. */
    public String forSubject(String subject, String login) {
        return bySubject(subject).map(Actor::id).orElseGet(() -> {
            try {
                return mongo.insert(new Actor(UUID.randomUUID().toString(), subject, login == null ? subject : login,
                        clock.instant())).id();
            } catch (DuplicateKeyException concurrentFirstChange) {
                return bySubject(subject).orElseThrow().id();
            }
        });
    }

    public Optional<Actor> bySubject(String subject) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("subject").is(subject)), Actor.class));
    }

    public Optional<Actor> find(String actorId) {
        return Optional.ofNullable(mongo.findById(actorId, Actor.class));
    }

    /** The names of those ids still mapped; erased ones are absent. */
    public Map<String, String> names(Collection<String> actorIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(actorIds)), Actor.class).stream()
                .collect(Collectors.toMap(Actor::id, Actor::name));
    }

    /** Erasure: the mapping goes, so nothing links the id to the person any more. */
    public boolean erase(String actorId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(actorId)), Actor.class).getDeletedCount() > 0;
    }
}
