package org.samverkan.portal.crisis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.portal.web.LocalTimes;

/** A need as crisis staff raise it; "needed by" is entered in Swedish local time. */
record NeedForm(String resourceType, String description, Integer quantity, String unit, List<String> areas,
                List<String> targetGroups, List<String> languages, String urgency, String neededBy) {
    static final String[] URGENCIES = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};

    static NeedForm empty() {
        String tomorrow = LocalTimes.inDays(1);
        return new NeedForm("", "", null, "", List.of(), List.of(), List.of(), "HIGH", tomorrow);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceType", resourceType);
        body.put("description", description);
        body.put("quantity", quantity);
        body.put("unit", unit);
        body.put("areas", areas == null ? List.of() : areas);
        body.put("targetGroups", targetGroups == null ? List.of() : targetGroups);
        body.put("languages", languages == null ? List.of() : languages);
        body.put("urgency", urgency == null || urgency.isBlank() ? null : urgency);
        body.put("neededBy", LocalTimes.instant(neededBy));
        return body;
    }
}
