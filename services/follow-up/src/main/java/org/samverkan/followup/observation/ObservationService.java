package org.samverkan.followup.observation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.samverkan.followup.Roles;
import org.samverkan.followup.privacy.FieldChecks;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Records observations (after refusing personal identifiers and unknown codes) and lists them per reader. */
@Service
class ObservationService {
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Clock clock;
    /** "Today" is the municipality's calendar day, not UTC's: 00:30 in Stockholm is already the next day. */
    private final Clock municipalClock;

    ObservationService(AggregateStore store, MongoTemplate mongo, ReferenceData reference, Clock clock,
                       @Value("${samverkan.followup.dashboard.zone:Europe/Stockholm}") ZoneId zone) {
        this.store = store;
        this.mongo = mongo;
        this.reference = reference;
        this.clock = clock;
        this.municipalClock = clock.withZone(zone);
    }

    ObservationView report(CurrentUser user, ObservationRequest r) {
        String organizationId = reportingOrganization(user);
        new FieldChecks(reference)
                .code(Kind.AREA, "area", r.area().strip())
                .codes(Kind.TARGET_GROUP, "targetGroups", r.targetGroups())
                .codes(Kind.LANGUAGE, "languages", r.languages())
                .oneOf("category", r.category().strip(), ObservationCategories.CODES)
                .rule(!r.observedOn().isAfter(LocalDate.now(municipalClock)), "observedOn", "an observation cannot be dated in the future")
                .orRefuse();
        return store.save(Observation.report(UUID.randomUUID().toString(), r, organizationId, clock.instant())).view();
    }

    ObservationView get(CurrentUser user, String id) {
        ObservationView o = store.find(Observation.class, id).map(Observation::view)
                .orElseThrow(() -> new NotFoundException("No observation " + id));
        if (!user.isInternal() && !user.represents(o.organizationId())) {
            throw new ForbiddenException("Representatives can only read their own organisation's observations");
        }
        return o;
    }

    List<ObservationView> list(CurrentUser user, String area, String category, LocalDate from, LocalDate to) {
        Query query = new Query();
        if (!user.isInternal()) {
            query.addCriteria(Criteria.where("organizationId").is(user.party().orElseThrow(() ->
                    new ForbiddenException("A representative's token must name their organisation"))));
        }
        if (area != null) {
            query.addCriteria(Criteria.where("area").is(area));
        }
        if (category != null) {
            query.addCriteria(Criteria.where("category").is(category));
        }
        if (from != null || to != null) {
            Criteria on = Criteria.where("observedOn");
            query.addCriteria(from == null ? on.lte(to) : to == null ? on.gte(from) : on.gte(from).lte(to));
        }
        return mongo.find(query.with(Sort.by("observedOn", "_id")).limit(1000), Observation.class).stream()
                .map(Observation::view).toList();
    }

    /** Staff report for the municipality (no organisation); a representative for the organisation in their token. */
    private static String reportingOrganization(CurrentUser user) {
        if (user.has(Roles.CRISIS_STAFF) || user.has(Roles.EQUALITY_LEAD)) {
            return null;
        }
        return user.party().filter(user::represents).orElseThrow(() ->
                new ForbiddenException("A representative's token must name their organisation"));
    }
}
