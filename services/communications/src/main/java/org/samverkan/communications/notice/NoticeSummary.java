package org.samverkan.communications.notice;

import java.time.Instant;
import java.util.List;

/**
 * One row of the notices overview: enough to find a notice and see where it stands, named in people's words
 * (the headline in its source language, the incident's name where it was opened as one).
 */
public record NoticeSummary(String id, String incident, String incidentName, NoticeStatus status, String sourceLanguage,
                            String headline, List<String> languages, List<String> areas, String replaces,
                            String replacedBy, Instant publishedAt, Instant changedAt, long version) {
    static NoticeSummary of(NoticeView v, String incidentName) {
        NoticeContent c = v.content();
        NoticeText source = c.texts().get(c.sourceLanguage());
        return new NoticeSummary(v.id(), c.incident(), incidentName == null ? c.incident() : incidentName, v.status(),
                c.sourceLanguage(), source == null ? null : source.headline(), c.languages(), c.areas(), c.replaces(),
                v.replacedBy(), v.publishedAt(), v.changedAt(), v.version());
    }
}
