package org.samverkan.communications.delivery;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.samverkan.platform.screening.Code;

/** A relay report: about {@code people} people reached in a language, via a channel kind, in an area. */
public record Relay(@Min(1) @Max(1_000_000) int people, @NotBlank @Code String language, @NotBlank @Code String channel,
                    @NotBlank @Code String area, Instant reportedAt) {
}
