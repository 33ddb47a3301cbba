package org.samverkan.followup.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.samverkan.followup.privacy.Codes;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.springframework.data.mongodb.core.mapping.Document;

/** A municipal service paused or reduced in the crisis, and what compensates for it for the groups affected. */
@Document("measures")
class CompensatoryMeasure extends AggregateRoot {
    private String pausedService;
    private Reduction reduction;
    private List<String> areas;
    private List<String> targetGroups;
    private String compensatingAction;
    private String responsibleUnit;
    private MeasureStatus status;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant recordedAt;
    private Instant changedAt;

    CompensatoryMeasure() {
    }

    static CompensatoryMeasure record(String id, MeasureDetails d, Instant now) {
        CompensatoryMeasure m = new CompensatoryMeasure();
        m.id = id;
        m.apply(d);
        m.recordedAt = now;
        m.changedAt = now;
        m.raise(new MeasureEvents.CompensatoryMeasureRecorded(id, m.pausedService, m.reduction.name(), m.areas, m.targetGroups,
                m.compensatingAction, m.responsibleUnit, m.status.name(), m.startsOn, m.endsOn, now));
        return m;
    }

    void change(MeasureDetails d, Instant now) {
        if (status == MeasureStatus.ENDED) {
            throw new ConflictException("Measure " + id + " has ended; record a new one instead");
        }
        apply(d);
        changedAt = now;
        raise(new MeasureEvents.CompensatoryMeasureChanged(id, pausedService, reduction.name(), areas, targetGroups,
                compensatingAction, responsibleUnit, status.name(), startsOn, endsOn, now));
    }

    MeasureStatus status() {
        return status;
    }

    private void apply(MeasureDetails d) {
        pausedService = d.pausedService().strip();
        reduction = d.reduction();
        areas = Codes.clean(d.areas());
        targetGroups = Codes.clean(d.targetGroups());
        compensatingAction = d.compensatingAction().strip();
        responsibleUnit = d.responsibleUnit().strip();
        status = d.status();
        startsOn = d.startsOn();
        endsOn = d.endsOn();
    }

    @Override
    protected String eventTopic() {
        return MeasureEvents.TOPIC;
    }

    MeasureView view() {
        return new MeasureView(id, pausedService, reduction, areas, targetGroups, compensatingAction, responsibleUnit, status,
                startsOn, endsOn, recordedAt, changedAt, version);
    }
}
