package org.samverkan.followup.dashboard;

import java.util.Optional;

import org.samverkan.platform.consumer.ProjectionWriter.Outcome;
import org.samverkan.platform.events.EventEnvelope;
import org.springframework.stereotype.Component;

/** Keeps an event's fact in a generation of the dashboard: one single-document, version-guarded write per event. */
@Component
class DashboardProjection {
    private final Timelines timelines;

    DashboardProjection(Timelines timelines) {
        this.timelines = timelines;
    }

    /** @return empty if the dashboard does not need this event type */
    Optional<Outcome> apply(EventEnvelope event, String generation) {
        return FactReader.read(event).map(k -> timelines.append(generation, k.kind(), k.id(), k.fact()));
    }
}
