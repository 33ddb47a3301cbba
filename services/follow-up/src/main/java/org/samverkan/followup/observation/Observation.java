package org.samverkan.followup.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.samverkan.followup.privacy.Codes;
import org.samverkan.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/** What an organisation or staff saw happen to a group in an area. Reported once; not edited afterwards. */
@Document("observations")
class Observation extends AggregateRoot {
    private String area;
    private List<String> targetGroups;
    private List<String> languages;
    private String category;
    private String description;
    private Severity severity;
    private LocalDate observedOn;
    private String organizationId;
    private Instant reportedAt;

    Observation() {
    }

    static Observation report(String id, ObservationRequest r, String organizationId, Instant now) {
        Observation o = new Observation();
        o.id = id;
        o.area = r.area().strip();
        o.targetGroups = Codes.clean(r.targetGroups());
        o.languages = Codes.clean(r.languages());
        o.category = r.category().strip();
        o.description = r.description().strip();
        o.severity = r.severity();
        o.observedOn = r.observedOn();
        o.organizationId = organizationId;
        o.reportedAt = now;
        o.raise(new ObservationEvents.ObservationReported(o.id, o.area, o.targetGroups, o.languages, o.category,
                o.description, o.severity.name(), o.observedOn, o.organizationId, o.reportedAt));
        return o;
    }

    @Override
    protected String eventTopic() {
        return ObservationEvents.TOPIC;
    }

    ObservationView view() {
        return new ObservationView(id, area, targetGroups, languages, category, description, severity, observedOn,
                organizationId, reportedAt, version);
    }
}
