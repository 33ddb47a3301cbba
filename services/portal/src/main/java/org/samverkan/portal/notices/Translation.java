package org.samverkan.portal.notices;

import java.util.List;
import java.util.Map;

/**
 * A translation request of a notice as the editor lists it: the language, and per organisation asked whether it has
 * answered and with what (a proposal beside the notice's texts, used only when the officer saves it into the notice).
 */
public record Translation(String id, String language, String neededBy, List<Answer> answers) {

    /** @param proposal the organisation's text (headline, body, instruction), or null while REQUESTED */
    public record Answer(String organizationId, String organizationName, String status, TextForm proposal) {
        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }
    }

    @SuppressWarnings("unchecked")
    static Translation of(Map<String, Object> request) {
        List<Map<String, Object>> organizations = request.get("organizations") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        return new Translation(String.valueOf(request.get("id")), String.valueOf(request.get("language")),
                request.get("neededBy") == null ? null : String.valueOf(request.get("neededBy")),
                organizations.stream().map(o -> new Answer(String.valueOf(o.get("organizationId")),
                        o.get("organizationName") == null ? String.valueOf(o.get("organizationId")) : String.valueOf(o.get("organizationName")),
                        String.valueOf(o.get("status")), o.get("proposal") instanceof Map<?, ?> p ? proposal((Map<String, Object>) p) : null))
                        .toList());
    }

    private static TextForm proposal(Map<String, Object> p) {
        return new TextForm(string(p.get("headline")), string(p.get("body")), string(p.get("instruction")));
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
