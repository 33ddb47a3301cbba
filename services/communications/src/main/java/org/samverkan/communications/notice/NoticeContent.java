package org.samverkan.communications.notice;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The content of a notice as stored: a cleaned {@link NoticeDraft}. */
public record NoticeContent(String incident, Cap.Category category, Cap.Urgency urgency, Cap.Severity severity,
                            Cap.Certainty certainty, List<String> areas, List<String> targetGroups, String sourceLanguage,
                            Map<String, NoticeText> texts, List<MediaLink> media, String replaces,
                            Cap.Status capStatus) {

    /** Notices stored before exercises existed were actual alerts. */
    @Override
    public Cap.Status capStatus() {
        return capStatus == null ? Cap.Status.Actual : capStatus;
    }

    static NoticeContent of(NoticeDraft d) {
        return new NoticeContent(d.incident().strip(), d.category(), d.urgency(), d.severity(), d.certainty(),
                d.areas().stream().distinct().toList(), d.targetGroups().stream().distinct().toList(), d.sourceLanguage(),
                new TreeMap<>(d.texts()), d.media(), d.replaces(), d.capStatus());
    }

    /** The languages the notice has a text in, sorted. */
    public List<String> languages() {
        return List.copyOf(new TreeMap<>(texts).keySet());
    }
}
