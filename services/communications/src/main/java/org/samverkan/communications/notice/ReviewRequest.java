package org.samverkan.communications.notice;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.samverkan.platform.screening.NoContactDetails;

/** An equality lead's approval: the checklist, and a justification per required language left out. */
public record ReviewRequest(@NotNull Review.Checklist checklist, Map<String, @NoContactDetails String> justifications) {
    public ReviewRequest {
        justifications = justifications == null ? Map.of() : Map.copyOf(justifications);
    }
}
