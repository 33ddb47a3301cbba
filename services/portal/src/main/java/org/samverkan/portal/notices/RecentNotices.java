package org.samverkan.portal.notices;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

/** Notices this user wrote or opened in this session (id and headline only), newest first. */
final class RecentNotices implements Serializable {
    private static final String KEY = RecentNotices.class.getName();
    private final LinkedHashMap<String, String> headlines = new LinkedHashMap<>();

    static RecentNotices of(HttpSession session) {
        RecentNotices recent = (RecentNotices) session.getAttribute(KEY);
        if (recent == null) {
            recent = new RecentNotices();
            session.setAttribute(KEY, recent);
        }
        return recent;
    }

    synchronized void remember(String id, String headline) {
        headlines.remove(id);
        headlines.put(id, headline);
    }

    synchronized List<Map.Entry<String, String>> list() {
        List<Map.Entry<String, String>> newestFirst = new ArrayList<>(headlines.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
