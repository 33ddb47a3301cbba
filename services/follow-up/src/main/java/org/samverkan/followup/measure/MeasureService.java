package org.samverkan.followup.measure;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.samverkan.followup.privacy.FieldChecks;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Records and changes compensatory measures after checking codes, dates and free text. */
@Service
class MeasureService {
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Clock clock;

    MeasureService(AggregateStore store, MongoTemplate mongo, ReferenceData reference, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.reference = reference;
        this.clock = clock;
    }

    MeasureView record(MeasureDetails details) {
        check(details, null);
        return store.save(CompensatoryMeasure.record(UUID.randomUUID().toString(), details, clock.instant())).view();
    }

    MeasureView change(String id, MeasureDetails details) {
        CompensatoryMeasure measure = load(id);
        check(details, measure.status());
        measure.change(details, clock.instant());
        return store.save(measure).view();
    }

    MeasureView get(String id) {
        return load(id).view();
    }

    List<MeasureView> list(MeasureStatus status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
        return mongo.find(query.with(Sort.by("startsOn", "_id")).limit(1000), CompensatoryMeasure.class).stream()
                .map(CompensatoryMeasure::view).toList();
    }

    /** @param current the measure's status before the change (null when recording): status only moves forward */
    private void check(MeasureDetails d, MeasureStatus current) {
        new FieldChecks(reference)
                .codes(Kind.AREA, "areas", d.areas())
                .codes(Kind.TARGET_GROUP, "targetGroups", d.targetGroups())
                .rule(d.endsOn() == null || !d.endsOn().isBefore(d.startsOn()), "endsOn", "a measure cannot end before it starts")
                .rule(d.status() != MeasureStatus.ENDED || d.endsOn() != null, "endsOn", "an ENDED measure needs its end date")
                .rule(current == null || current == MeasureStatus.ENDED || current.canMoveTo(d.status()), "status",
                        "a measure's status moves PLANNED → ACTIVE → ENDED (or PLANNED → ENDED), not " + current + " → " + d.status())
                .orRefuse();
    }

    private CompensatoryMeasure load(String id) {
        return store.find(CompensatoryMeasure.class, id).orElseThrow(() -> new NotFoundException("No compensatory measure " + id));
    }
}
