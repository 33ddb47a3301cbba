package org.samverkan.followup.report;

import java.time.Instant;

/** An organisation's comment on a shared report and the equality lead's answer, once given. */
public record Comment(String id, String organizationId, String text, Instant commentedAt, Answer answer) {
    public record Answer(String text, Instant answeredAt) {
    }

    Comment answered(String answerText, Instant at) {
        return new Comment(id, organizationId, text, commentedAt, new Answer(answerText, at));
    }
}
