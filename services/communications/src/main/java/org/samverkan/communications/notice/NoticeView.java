package org.samverkan.communications.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A notice as its editors and reviewers see it. */
public record NoticeView(String id, NoticeContent content, String counterMessageFor, List<String> requestedLanguages,
                         NoticeStatus status, String author,
                         Review review, List<String> requiredLanguages, Map<String, String> justifiedMissing,
                         String replacedBy, String cancelReason, Instant publishedAt, Instant changedAt, long version,
                         List<SentBack> sentBack) {
}
