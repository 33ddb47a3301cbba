package org.samverkan.inventory.organization;

import java.util.List;

import org.samverkan.inventory.codes.Lists;
import org.springframework.data.annotation.Id;

/**
 * @param reach          whom it reaches, as the registry's newest event said; empty in a copy made before reach was kept
 */
public record OrganizationCopy(@Id String id, String name, String status, Reach reach, long version) {
    public OrganizationCopy {
        reach = reach == null ? Reach.NONE : reach;
    }

    /** Only a verified organisation's offers count in matching and gap analysis. */
    public boolean capacityCounts() {
        return "VERIFIED".equals(status);
    }

    /** Codes of the areas served, languages spoken and target groups reached (the registry's reach without channels). */
    public record Reach(List<String> areas, List<String> languages, List<String> targetGroups) {
        static final Reach NONE = new Reach(List.of(), List.of(), List.of());

        public Reach {
            areas = Lists.clean(areas);
            languages = Lists.clean(languages);
            targetGroups = Lists.clean(targetGroups);
        }
    }
}
