package org.samverkan.communications.situation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Publishes situation updates and reads an incident's dated series. */
@Service
public class SituationUpdates {
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Clock clock;

    SituationUpdates(AggregateStore store, MongoTemplate mongo, ReferenceData reference, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.reference = reference;
        this.clock = clock;
    }

    SituationUpdateView publish(SituationReport report, String author) {
        List<FieldProblem> problems = new ArrayList<>(reference.unknown(Kind.AREA, "areas", report.areas()));
        problems.addAll(reference.unknown(Kind.TARGET_GROUP, "targetGroups", report.targetGroups()));
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The situation update refers to unknown codes", problems);
        }
        return store.save(SituationUpdate.publish(UUID.randomUUID().toString(), report, author, clock.instant())).view();
    }

    List<SituationUpdateView> series(String incident) {
        Query query = Query.query(Criteria.where("report.incident").is(incident)).with(Sort.by("publishedAt"));
        return mongo.find(query, SituationUpdate.class).stream().map(SituationUpdate::view).toList();
    }

    public Optional<SituationUpdateView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SituationUpdate.class)).map(SituationUpdate::view);
    }
}
