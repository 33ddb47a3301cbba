package org.samverkan.portal.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.portal.web.LocalTimes;

/** A need the organisation sees, as its representative reports it; "needed by" is entered in Swedish local time. */
record NeedReport(String resourceType, String description, Integer quantity, String unit, List<String> areas,
                  List<String> languages, List<String> targetGroups, String urgency, String neededBy) {
    static final String[] URGENCIES = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};

    static NeedReport empty() {
        return new NeedReport("", "", null, "", List.of(), List.of(), List.of(), "HIGH", LocalTimes.inDays(1));
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceType", resourceType);
        body.put("description", description);
        body.put("quantity", quantity);
        body.put("unit", unit);
        body.put("areas", areas == null ? List.of() : areas);
        body.put("languages", languages == null ? List.of() : languages);
        body.put("targetGroups", targetGroups == null ? List.of() : targetGroups);
        body.put("urgency", urgency == null || urgency.isBlank() ? null : urgency);
        body.put("neededBy", LocalTimes.instant(neededBy));
        return body;
    }
}
