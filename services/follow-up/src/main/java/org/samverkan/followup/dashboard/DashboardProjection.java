package org.samverkan.followup.dashboard;

import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.springframework.stereotype.Component;

/**
 * Keeps each event's fact in the live generation of the dashboard (and in the one a rebuild is filling, if any):
 * one single-document, version-guarded write per event and generation.
 */
@Component
class DashboardProjection {
    private final Timelines timelines;
    private final Generations generations;
    private final DashboardFacts facts;

    DashboardProjection(Timelines timelines, Generations generations, DashboardFacts facts) {
        this.timelines = timelines;
        this.generations = generations;
        this.facts = facts;
    }

    /** The routes of one source topic, each fact appended to the live (and any rebuilding) generation. */
    EventRouter<Outcome> router(String topic) {
        return facts.router(topic).then(this::append);
    }

    /** The live generation's outcome is the one counted. */
    private Outcome append(DashboardFacts.Keyed keyed) {
        Outcome live = null;
        for (String generation : generations.targets()) {
            Outcome outcome = timelines.append(generation, keyed.kind(), keyed.id(), keyed.fact());
            live = live == null ? outcome : live;
        }
        return live;
    }
}
