package org.samverkan.portal.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.samverkan.portal.client.ServiceClient;

/**
 * One page of the notices overview as the communications service lists it ({@code GET /api/notices}), with the
 * filter it was asked for, so the page can link the neighbouring pages and states.
 */
record NoticeOverview(List<Map<String, Object>> items, int page, int size, long total, String status, String incident,
                      boolean closedIncidents) {
    static final int SIZE = 20;
    /** The states the overview offers as filters, in workflow order; "IN_REVIEW" is the equality lead's queue. */
    static final List<String> STATES = List.of("DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "UPDATED", "CANCELLED");

    @SuppressWarnings("unchecked")
    static NoticeOverview load(ServiceClient communications, String status, String incident, boolean closedIncidents, int page) {
        StringBuilder uri = new StringBuilder("/api/notices?size={size}&page={page}&closedIncidents={closed}");
        List<Object> values = new ArrayList<>(List.of(SIZE, page, closedIncidents));
        if (status != null) {
            uri.append("&status={status}");
            values.add(status);
        }
        if (incident != null) {
            uri.append("&incident={incident}");
            values.add(incident);
        }
        Map<String, Object> answer = communications.get(uri.toString(), values.toArray());
        return new NoticeOverview((List<Map<String, Object>>) answer.get("items"), page, SIZE,
                ((Number) answer.get("total")).longValue(), status, incident, closedIncidents);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** 1-based page numbers as people count them. */
    public long lastPage() {
        return Math.max(1, (total + size - 1) / size);
    }
}
