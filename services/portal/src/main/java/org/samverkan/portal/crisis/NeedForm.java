package org.samverkan.portal.crisis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A need as crisis staff raise it; "needed by" is entered in Swedish local time. */
record NeedForm(String resourceType, String description, Integer quantity, String unit, List<String> areas,
                List<String> targetGroups, List<String> languages, String urgency, String neededBy) {
    static final String[] URGENCIES = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    static NeedForm empty() {
        String tomorrow = LocalDateTime.now(STOCKHOLM).plusDays(1).withSecond(0).withNano(0).toString();
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
        body.put("neededBy", instant(neededBy));
        return body;
    }

    /** Null when empty or unreadable: the inventory then names the field. */
    private static Instant instant(String local) {
        try {
            return local == null || local.isBlank() ? null : LocalDateTime.parse(local.strip()).atZone(STOCKHOLM).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
