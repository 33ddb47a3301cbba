package org.samverkan.followup.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * How a figure is broken down: into area × target group or area × language cells, per area, or one total for a slice
 * (optionally one area, group and/or language). Something counts once per cell it covers — so an organisation
 * reaching two languages counts once in an area × group cell.
 */
sealed interface Axis {
    List<String> keys(Coverage c);

    static String key(String area, String column) {
        return area + "|" + column;
    }

    record ByGroup() implements Axis {
        public List<String> keys(Coverage c) {
            List<String> keys = new ArrayList<>();
            c.areas().forEach(a -> c.groups().forEach(g -> keys.add(key(a, g))));
            return keys;
        }
    }

    record ByLanguage() implements Axis {
        public List<String> keys(Coverage c) {
            List<String> keys = new ArrayList<>();
            c.areas().forEach(a -> c.languages().forEach(l -> keys.add(key(a, l))));
            return keys;
        }
    }

    record ByArea() implements Axis {
        public List<String> keys(Coverage c) {
            return c.areas().stream().map(a -> key(a, "")).toList();
        }
    }

    /** {@code null} parts are not filtered on. */
    record Slice(String area, String group, String language) implements Axis {
        static final String TOTAL = "*";

        public List<String> keys(Coverage c) {
            boolean covered = !c.areas().isEmpty() && (area == null || c.areas().contains(area))
                    && (group == null || c.groups().contains(group)) && (language == null || c.languages().contains(language));
            return covered ? List.of(TOTAL) : List.of();
        }
    }
}
