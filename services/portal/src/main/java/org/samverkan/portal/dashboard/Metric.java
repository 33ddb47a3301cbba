package org.samverkan.portal.dashboard;

import java.util.List;
import java.util.Map;

/** The follow-up dashboard's figures a heat map can show (field names of its cells). */
public enum Metric {
    organizationsReaching, capacityAvailable, offers, needsOpen, needsMet, noticesReached, observations, rumours,
    stigmatisingRumours;

    public static Metric parse(String name) {
        for (Metric m : values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return organizationsReaching;
    }

    public long of(Map<String, Object> figures) {
        Object value = figures == null ? null : figures.get(name());
        return value instanceof Number n ? n.longValue() : 0;
    }

    static List<Metric> all() {
        return List.of(values());
    }
}
