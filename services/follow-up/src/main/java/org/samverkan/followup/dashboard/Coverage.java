package org.samverkan.followup.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The areas, target groups and languages something concerns or reaches, as concrete codes. For what concerns people
 * (needs, offers, notices, observations, rumours) an empty list means "any", as the inventory's contract says, and
 * spans every code; an organisation's reach is taken literally — it reaches only what it lists.
 */
record Coverage(List<String> areas, List<String> groups, List<String> languages) {

    static Coverage literal(Fact f) {
        return new Coverage(f.areas(), f.groups(), f.languages());
    }

    static Coverage anyIfEmpty(List<String> areas, List<String> groups, List<String> languages, Codes codes) {
        return new Coverage(areas, groups.isEmpty() ? codes.groups() : groups,
                languages.isEmpty() ? codes.languages() : languages);
    }

    /** Where a delivery reached: what the notice targets and the organisation reaches (or a relay names). */
    Coverage intersect(Coverage other) {
        return new Coverage(common(areas, other.areas), common(groups, other.groups), common(languages, other.languages));
    }

    private static List<String> common(List<String> a, Collection<String> b) {
        List<String> both = new ArrayList<>(a);
        both.retainAll(b);
        return both;
    }

    /** The reference codes "any" stands for. */
    record Codes(List<String> areas, List<String> groups, List<String> languages) {
    }
}
