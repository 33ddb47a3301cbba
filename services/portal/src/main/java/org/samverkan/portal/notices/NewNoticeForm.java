package org.samverkan.portal.notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first draft of a notice: classification, where and whom it targets, and the Swedish and easy-read Swedish
 * texts. Other languages are added afterwards, one tab each.
 */
record NewNoticeForm(String incident, String category, String urgency, String severity, String certainty,
                     List<String> areas, List<String> targetGroups,
                     String headline, String body, String instruction,
                     String easyHeadline, String easyBody, String easyInstruction, String capStatus) {
    NewNoticeForm {
        // Actual unless the officer chose a drill: CAP Exercise or Test
        capStatus = capStatus == null || capStatus.isBlank() ? "Actual" : capStatus;
        areas = areas == null ? List.of() : areas;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }

    static NewNoticeForm empty(String incident) {
        return new NewNoticeForm(incident, "Safety", "Expected", "Moderate", "Likely", List.of(), List.of(),
                "", "", "", "", "", "", "Actual");
    }

    /**
     * The draft as the communications service takes it (POST /api/notices).
     *
     * @param easyRead the reference data's easy-read tag, or null where the municipality has none
     */
    Map<String, Object> draft(String easyRead) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("sv", TextForm.of(headline, body, instruction).json());
        if (easyRead != null && (!blank(easyHeadline) || !blank(easyBody))) {
            texts.put(easyRead, TextForm.of(easyHeadline, easyBody, easyInstruction).json());
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("incident", incident);
        draft.put("category", category);
        draft.put("urgency", urgency);
        draft.put("severity", severity);
        draft.put("certainty", certainty);
        draft.put("areas", areas);
        draft.put("targetGroups", targetGroups);
        draft.put("sourceLanguage", "sv");
        draft.put("texts", texts);
        draft.put("capStatus", capStatus);
        return draft;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
