package org.samverkan.inventory.matching;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/** The fields of an offer that matching reads (a projection, so reservations and pending events stay on the server). */
record Candidate(@Id String id, String organizationId, String resourceType, String description, String unit,
                 int remaining, Instant availableFrom, Instant availableUntil, List<String> areas,
                 List<String> languages, List<String> targetGroups) {
    static final String[] FIELDS = {"organizationId", "resourceType", "description", "unit", "remaining", "availableFrom",
            "availableUntil", "areas", "languages", "targetGroups"};
}
