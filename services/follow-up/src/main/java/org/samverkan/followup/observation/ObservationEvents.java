package org.samverkan.followup.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * Follow-up's published contract for observations (topic {@value #TOPIC}, key = observation id). An observation
 * describes groups and places, never people: no reporter identity, only the reporting organisation (null for staff).
 */
public final class ObservationEvents {
    public static final String TOPIC = "samverkan.followup.observation";

    private ObservationEvents() {
    }

    @EventType("org.samverkan.followup.ObservationReported")
    public record ObservationReported(String observationId, String area, List<String> targetGroups, List<String> languages,
                                      String category, String description, String severity, LocalDate observedOn,
                                      String organizationId, Instant reportedAt) {
    }
}
