package org.samverkan.inventory.need;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventType;

/** The inventory's published contract for needs (topic {@value #TOPIC}, key = need id); full state in every event. */
public final class NeedEvents {
    public static final String TOPIC = "samverkan.inventory.need";

    private NeedEvents() {
    }

    @EventType("org.samverkan.inventory.NeedRaised")
    public record NeedRaised(String needId, String resourceType, String description, int quantity, String unit,
                             int deliveredQuantity, List<String> areas, List<String> targetGroups, List<String> languages,
                             Urgency urgency, Instant neededBy, NeedStatus status, String reportedBy, String closeReason,
                             Instant changedAt) {
        static NeedRaised of(NeedView n) {
            return new NeedRaised(n.id(), n.resourceType(), n.description(), n.quantity(), n.unit(), n.deliveredQuantity(),
                    n.areas(), n.targetGroups(), n.languages(), n.urgency(), n.neededBy(), n.status(), n.reportedBy(),
                    n.closeReason(), n.changedAt());
        }
    }

    @EventType("org.samverkan.inventory.NeedUpdated")
    public record NeedUpdated(String needId, String resourceType, String description, int quantity, String unit,
                              int deliveredQuantity, List<String> areas, List<String> targetGroups, List<String> languages,
                              Urgency urgency, Instant neededBy, NeedStatus status, String reportedBy, String closeReason,
                              Instant changedAt) {
        static NeedUpdated of(NeedView n) {
            return new NeedUpdated(n.id(), n.resourceType(), n.description(), n.quantity(), n.unit(), n.deliveredQuantity(),
                    n.areas(), n.targetGroups(), n.languages(), n.urgency(), n.neededBy(), n.status(), n.reportedBy(),
                    n.closeReason(), n.changedAt());
        }
    }

    @EventType("org.samverkan.inventory.NeedClosed")
    public record NeedClosed(String needId, String resourceType, String description, int quantity, String unit,
                             int deliveredQuantity, List<String> areas, List<String> targetGroups, List<String> languages,
                             Urgency urgency, Instant neededBy, NeedStatus status, String reportedBy, String closeReason,
                             Instant changedAt) {
        static NeedClosed of(NeedView n) {
            return new NeedClosed(n.id(), n.resourceType(), n.description(), n.quantity(), n.unit(), n.deliveredQuantity(),
                    n.areas(), n.targetGroups(), n.languages(), n.urgency(), n.neededBy(), n.status(), n.reportedBy(),
                    n.closeReason(), n.changedAt());
        }
    }
}
