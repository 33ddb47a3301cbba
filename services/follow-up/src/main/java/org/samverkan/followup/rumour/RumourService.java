package org.samverkan.followup.rumour;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.samverkan.followup.privacy.FieldChecks;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The rumour register: report, move through the lifecycle, request a counter-message, mark addressed. */
@Service
class RumourService {
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Clock clock;

    RumourService(AggregateStore store, MongoTemplate mongo, ReferenceData reference, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.reference = reference;
        this.clock = clock;
    }

    RumourView report(CurrentUser user, RumourRequests.Report r) {
        String organizationId = user.isInternal() ? null : user.party().filter(user::represents).orElseThrow(() ->
                new ForbiddenException("A representative's token must name their organisation"));
        new FieldChecks(reference)
                .code(Kind.LANGUAGE, "language", r.language().strip())
                .oneOf("channel", r.channel().strip(), RumourChannels.CODES)
                .codes(Kind.AREA, "areas", r.areas())
                .codes(Kind.TARGET_GROUP, "targetGroups", r.targetGroups())
                .orRefuse();
        return store.save(Rumour.report(UUID.randomUUID().toString(), r, organizationId, clock.instant())).view();
    }

    RumourView changeStatus(String id, RumourRequests.StatusChange change) {
        Rumour rumour = load(id);
        rumour.changeStatus(change.status(), change.note(), clock.instant());
        return store.save(rumour).view();
    }

    RumourView requestCounterMessage(String id, RumourRequests.CounterMessage request) {
        new FieldChecks(reference)
                .codes(Kind.LANGUAGE, "languages", request.languages())
                .orRefuse();
        Rumour rumour = load(id);
        rumour.requestCounterMessage(request.summary(), request.languages(), clock.instant());
        return store.save(rumour).view();
    }

    /**
     * Marks a rumour addressed because its counter-message was published, retrying a lost version race. Repeating it
     * (a redelivered notice event, a replay) changes nothing.
     *
     * @return APPLIED, ALREADY_SEEN, or IGNORED for a rumour this service does not hold
     */
    Outcome counterMessagePublished(String rumourId, String noticeId) {
        for (int attempt = 0; ; attempt++) {
            Rumour rumour = store.find(Rumour.class, rumourId).orElse(null);
            if (rumour == null) {
                return Outcome.IGNORED;
            }
            if (!rumour.counterMessagePublished(noticeId, clock.instant())) {
                return Outcome.ALREADY_SEEN;
            }
            try {
                store.save(rumour);
                return Outcome.APPLIED;
            } catch (ConflictException raced) {
                if (attempt >= 10) {
                    throw raced;
                }
            }
        }
    }

    RumourView get(CurrentUser user, String id) {
        RumourView rumour = load(id).view();
        if (!user.isInternal() && !user.represents(rumour.organizationId())) {
            throw new ForbiddenException("Representatives can only read the rumours their organisation reported");
        }
        return rumour;
    }

    List<RumourView> list(CurrentUser user, RumourStatus status) {
        Query query = new Query();
        if (!user.isInternal()) {
            query.addCriteria(Criteria.where("organizationId").is(user.party().orElseThrow(() ->
                    new ForbiddenException("A representative's token must name their organisation"))));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        return mongo.find(query.with(Sort.by("reportedAt", "_id")).limit(1000), Rumour.class).stream().map(Rumour::view).toList();
    }

    private Rumour load(String id) {
        return store.find(Rumour.class, id).orElseThrow(() -> new NotFoundException("No rumour " + id));
    }
}
