package org.samverkan.followup.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record MeasureView(String id, String pausedService, Reduction reduction, List<String> areas, List<String> targetGroups,
                          String compensatingAction, String responsibleUnit, MeasureStatus status, LocalDate startsOn,
                          LocalDate endsOn, Instant recordedAt, Instant changedAt, long version) {
}
