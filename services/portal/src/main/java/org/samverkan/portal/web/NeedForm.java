package org.samverkan.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A need as its form enters it, whether crisis staff raise it or a representative reports one their organisation
 * sees; "needed by" is entered in Swedish local time.
 */
public record NeedForm(String resourceType, String description, Integer quantity, String unit, List<String> areas,
                List<String> targetGroups, List<String> languages, String urgency, String neededBy) {
    public static final String[] URGENCIES = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};

    public static NeedForm empty() {
        String tomorrow = LocalTimes.inDays(1);
        return new NeedForm("", "", null, "", List.of(), List.of(), List.of(), "HIGH", tomorrow);
    }

    public Map<String, Object> body() {
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
