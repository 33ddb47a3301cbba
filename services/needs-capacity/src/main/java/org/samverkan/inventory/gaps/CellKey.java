package org.samverkan.inventory.gaps;

import java.util.ArrayList;
import java.util.List;

/** A cell's coordinates. A need or offer spans the cross product of its lists; an empty list spans only {@code *}. */
record CellKey(String area, String group, String language, String type) {
    static List<CellKey> spanned(String type, List<String> areas, List<String> groups, List<String> languages) {
        List<CellKey> keys = new ArrayList<>();
        for (String a : areas) {
            for (String g : orAny(groups)) {
                for (String l : orAny(languages)) {
                    keys.add(new CellKey(a, g, l, type));
                }
            }
        }
        return keys;
    }

    /** An offer also serves the cells of needs that name no group or no language, so it spans those too. */
    static List<CellKey> served(String type, List<String> areas, List<String> groups, List<String> languages) {
        return spanned(type, areas, withAny(groups), withAny(languages));
    }

    private static List<String> orAny(List<String> codes) {
        return codes == null || codes.isEmpty() ? List.of(GapCell.ANY) : codes;
    }

    private static List<String> withAny(List<String> codes) {
        List<String> all = new ArrayList<>(codes == null ? List.of() : codes);
        all.add(GapCell.ANY);
        return all;
    }
}
