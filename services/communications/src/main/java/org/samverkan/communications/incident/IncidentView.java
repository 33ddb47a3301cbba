package org.samverkan.communications.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident as staff see it. {@code registered} is false for a code that notices or situation updates carry but
 * nobody opened as an incident (written before incidents had a lifecycle): it is listed as open, named by its code.
 */
public record IncidentView(String code, String name, List<String> areas, IncidentStatus status, boolean registered,
                           Instant openedAt, Instant closedAt, Instant archivedAt, long version) {
    static IncidentView unregistered(String code) {
        return new IncidentView(code, code, List.of(), IncidentStatus.OPEN, false, null, null, null, 0);
    }
}
