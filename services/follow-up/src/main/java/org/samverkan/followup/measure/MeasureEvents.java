package org.samverkan.followup.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * Follow-up's published contract for compensatory measures (topic {@value #TOPIC}, key = measure id); full state in
 * every event. The responsible party is a unit or role, never a person.
 */
public final class MeasureEvents {
    public static final String TOPIC = "samverkan.followup.measure";

    private MeasureEvents() {
    }

    @EventType("org.samverkan.followup.CompensatoryMeasureRecorded")
    public record CompensatoryMeasureRecorded(String measureId, String pausedService, String reduction, List<String> areas,
                                              List<String> targetGroups, String compensatingAction, String responsibleUnit,
                                              String status, LocalDate startsOn, LocalDate endsOn, Instant recordedAt) {
    }

    @EventType("org.samverkan.followup.CompensatoryMeasureChanged")
    public record CompensatoryMeasureChanged(String measureId, String pausedService, String reduction, List<String> areas,
                                             List<String> targetGroups, String compensatingAction, String responsibleUnit,
                                             String status, LocalDate startsOn, LocalDate endsOn, Instant changedAt) {
    }
}
