package org.samverkan.portal.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's profile as the form edits it: name, description and reach. Channels come as one number field
 * per channel kind ({@code channel.whatsapp-group=180}); an empty field means the organisation does not use it.
 */
record ProfileForm(String name, String description, List<String> areas, List<String> languages,
                   List<String> targetGroups) {

    @SuppressWarnings("unchecked")
    static ProfileForm of(Map<String, Object> organisation) {
        Map<String, Object> reach = reach(organisation);
        return new ProfileForm((String) organisation.get("name"), (String) organisation.get("description"),
                (List<String>) reach.get("areas"), (List<String>) reach.get("languages"),
                (List<String>) reach.get("targetGroups"));
    }

    /** Estimated people per channel kind, as the form shows it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> channelsOf(Map<String, Object> organisation) {
        Map<String, Object> channels = new LinkedHashMap<>();
        List<Map<String, Object>> list = (List<Map<String, Object>>) reach(organisation).getOrDefault("channels", List.of());
        list.forEach(c -> channels.put((String) c.get("kind"), c.get("estimatedReach")));
        return channels;
    }

    /** The channel fields the user filled in, in the shape the registry reads; a non-number is sent as is (400 names it). */
    static List<Map<String, Object>> enteredChannels(Map<String, String> params) {
        List<Map<String, Object>> channels = new ArrayList<>();
        params.forEach((key, value) -> {
            if (key.startsWith("channel.") && value != null && !value.isBlank()) {
                Object reach = value.strip().matches("-?\\d{1,9}") ? (Object) Integer.parseInt(value.strip()) : value.strip();
                channels.add(Map.of("kind", key.substring("channel.".length()), "estimatedReach", reach));
            }
        });
        return channels;
    }

    /** The registry's PUT body: the whole profile, keeping the contact points the form does not edit. */
    Map<String, Object> profile(List<Map<String, Object>> channels, Object contactPoints) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", description == null || description.isBlank() ? null : description);
        body.put("reach", Map.of("areas", list(areas), "languages", list(languages), "targetGroups", list(targetGroups),
                "channels", channels));
        body.put("contactPoints", contactPoints == null ? List.of() : contactPoints);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reach(Map<String, Object> organisation) {
        Object reach = organisation.get("reach");
        return reach == null ? Map.of() : (Map<String, Object>) reach;
    }

    private static List<String> list(List<String> codes) {
        return codes == null ? List.of() : codes;
    }
}
