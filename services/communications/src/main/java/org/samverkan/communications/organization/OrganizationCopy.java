package org.samverkan.communications.organization;

import java.util.Collection;
import java.util.List;

/** What communications knows of a registry organisation: its status and reach (no contact persons). */
public record OrganizationCopy(String id, String name, String status, List<String> areas, List<String> languages,
                               List<String> targetGroups, long version) {
    public OrganizationCopy {
        areas = areas == null ? List.of() : areas;
        languages = languages == null ? List.of() : languages;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }

    /**
     * Whether a notice for these areas and groups goes to this organisation: verified, reaching a target area and —
     * when the notice names target groups — at least one of them. Fan-out and the editor's reachability check ask this
     * one question, so the editor warns about exactly the organisations fan-out will write deliveries for.
     */
    public boolean receivesNoticesFor(Collection<String> noticeAreas, Collection<String> groups) {
        return "VERIFIED".equals(status) && areas.stream().anyMatch(noticeAreas::contains)
                && (groups.isEmpty() || targetGroups.stream().anyMatch(groups::contains));
    }
}
