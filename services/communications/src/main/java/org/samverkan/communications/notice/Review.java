package org.samverkan.communications.notice;

import java.time.Instant;
import java.util.Map;

/**
 * An equality lead's approval: who, when, the checklist, and a justification for every required language the
 * notice is released without (kept on the notice, so the choice can be followed up).
 */
public record Review(String reviewer, Instant reviewedAt, Checklist checklist, Map<String, String> justifications) {
    public record Checklist(boolean languages, boolean easyRead, boolean accessibleFormats, boolean groupsReached) {
    }
}
