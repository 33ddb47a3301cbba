package org.samverkan.portal.notices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's media links as a form posts them: {@code media.<n>.kind}, {@code .language} and {@code .url} per
 * row. A row whose address is empty is dropped, so emptying it removes the link.
 */
record MediaForm(List<Map<String, Object>> links) {
    static MediaForm from(Map<String, String> form) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (int row = 0; form.containsKey("media." + row + ".url"); row++) {
            String url = form.get("media." + row + ".url").strip();
            if (!url.isEmpty()) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("kind", form.getOrDefault("media." + row + ".kind", "AUDIO"));
                link.put("language", form.getOrDefault("media." + row + ".language", "sv"));
                link.put("url", url);
                links.add(link);
            }
        }
        return new MediaForm(links);
    }

    /** The whole draft again (PUT replaces it) with these links. */
    Map<String, Object> into(Map<String, Object> content) {
        Map<String, Object> draft = new LinkedHashMap<>(content);
        draft.put("media", links);
        return draft;
    }
}
