package org.samverkan.communications.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/** A notice in one language: public information, never personal data. */
public record NoticeText(@NotBlank @Size(max = 200) @NoPersonalIdentifiers String headline,
                         @NotBlank @Size(max = 10000) @NoPersonalIdentifiers String body,
                         @Size(max = 4000) @NoPersonalIdentifiers String instruction) {
}
