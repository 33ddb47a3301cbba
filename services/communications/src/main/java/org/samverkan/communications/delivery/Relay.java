package org.samverkan.communications.delivery;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;

/**
 * A relay report: about {@code people} people reached in a language, via a channel kind, in an area. A report sent
 * again is the same report, not a second one: by its {@code reportId} where the client gives one, else by what it
 * says (language, channel, area and people), so a retried POST or a reloaded form never counts twice.
 */
public record Relay(@Min(1) @Max(1_000_000) int people, @NotBlank @Code String language, @NotBlank @Code String channel,
                    @NotBlank @Code String area, Instant reportedAt, @Size(max = 100) @Code String reportId) {

    public Relay(int people, String language, String channel, String area, Instant reportedAt) {
        this(people, language, channel, area, reportedAt, null);
    }

    String identity() {
        return reportId != null && !reportId.isBlank() ? "id:" + reportId : language + "|" + channel + "|" + area + "|" + people;
    }
}
