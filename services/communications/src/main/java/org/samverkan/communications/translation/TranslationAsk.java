package org.samverkan.communications.translation;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;

/**
 * What the officer asks: the language (a tag from the reference data), optionally which organisations (registry
 * ids; absent: every verified organisation offering interpretation in it), and by when (absent: in 24 hours).
 */
public record TranslationAsk(@NotBlank @Code String language, @Size(max = 50) List<@NotBlank @Code String> organizationIds,
                             Instant neededBy) {
    public TranslationAsk {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
    }
}
