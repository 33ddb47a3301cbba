package org.samverkan.communications.situation;

import java.time.Instant;

public record SituationUpdateView(String id, SituationReport report, String author, Instant publishedAt) {
}
