package org.samverkan.portal.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.portal.client.ServiceClient;

/**
 * What the dashboard calls a notice: its headline (in its source language), else its incident's name — never the
 * incident code. The follow-up service counts reach by notice id only; communications knows the headlines.
 */
final class NoticeNames {
    private NoticeNames() {
    }

    /** Notice id → headline or incident name, for the published (and since updated or cancelled) notices, newest first. */
    @SuppressWarnings("unchecked")
    static Map<String, String> of(ServiceClient communications) {
        Map<String, Object> page = communications.get("/api/notices?status=PUBLISHED&status=UPDATED&status=CANCELLED"
                + "&closedIncidents=true&size=200");
        Map<String, String> names = new HashMap<>();
        if (page.get("items") instanceof List<?> items) {
            for (Map<String, Object> notice : (List<Map<String, Object>>) items) {
                Object name = notice.get("headline") instanceof String h && !h.isBlank() ? h : notice.get("incidentName");
                if (name != null) {
                    names.put(String.valueOf(notice.get("id")), String.valueOf(name));
                }
            }
        }
        return names;
    }
}
