package org.samverkan.portal.publicnotices;

import java.time.Instant;
import java.util.List;

/** One entry of the public Atom feed: a published notice, the languages it exists in and its CAP alert. */
public record NoticeSummary(String id, String headline, String summary, Instant published, List<String> languages) {
}
