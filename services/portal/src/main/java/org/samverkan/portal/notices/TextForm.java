package org.samverkan.portal.notices;

import java.util.LinkedHashMap;
import java.util.Map;

/** A notice's text in one language (CAP headline, description, instruction). */
public record TextForm(String headline, String body, String instruction) {

    static TextForm of(String headline, String body, String instruction) {
        return new TextForm(headline, body, instruction);
    }

    @SuppressWarnings("unchecked")
    static TextForm from(Object json) {
        Map<String, Object> text = json instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new TextForm((String) text.getOrDefault("headline", ""), (String) text.getOrDefault("body", ""),
                (String) text.getOrDefault("instruction", ""));
    }

    public boolean isEmpty() {
        return (headline == null || headline.isBlank()) && (body == null || body.isBlank());
    }

    Map<String, Object> json() {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("headline", headline == null ? "" : headline.strip());
        text.put("body", body == null ? "" : body.strip());
        text.put("instruction", instruction == null || instruction.isBlank() ? null : instruction.strip());
        return text;
    }
}
