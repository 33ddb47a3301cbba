package org.samverkan.followup.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An observation; {@code organizationId} is the reporting organisation, absent when staff reported it. */
public record ObservationView(String id, String area, List<String> targetGroups, List<String> languages, String category,
                              String description, Severity severity, LocalDate observedOn, String organizationId,
                              Instant reportedAt, long version) {
}
