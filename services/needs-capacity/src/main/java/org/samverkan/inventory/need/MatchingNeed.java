package org.samverkan.inventory.need;

import java.time.Instant;
import java.util.List;

/**
 * An open need as another organisation sees it: what, how much is still to deliver, where, for whom and by when.
 * Who reported it and staff's notes are left out; they are not the offering organisation's business.
 */
public record MatchingNeed(String id, String resourceType, String description, int outstanding, String unit,
                           List<String> areas, List<String> targetGroups, List<String> languages, Urgency urgency,
                           Instant neededBy, NeedStatus status) {
    static MatchingNeed of(NeedView n) {
        return new MatchingNeed(n.id(), n.resourceType(), n.description(), n.outstanding(), n.unit(), n.areas(),
                n.targetGroups(), n.languages(), n.urgency(), n.neededBy(), n.status());
    }
}
