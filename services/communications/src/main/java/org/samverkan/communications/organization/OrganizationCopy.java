package org.samverkan.communications.organization;

import java.util.List;

/** What communications knows of a registry organisation: its status and reach (no contact persons). */
public record OrganizationCopy(String id, String name, String status, List<String> areas, List<String> languages,
                               List<String> targetGroups, long version) {
    public OrganizationCopy {
        areas = areas == null ? List.of() : areas;
        languages = languages == null ? List.of() : languages;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }
}
