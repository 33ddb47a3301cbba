package org.samverkan.communications.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A notice in one language: public information, never personal data. */
public record NoticeText(@NotBlank @Size(max = 200) String headline, @NotBlank @Size(max = 10000) String body,
                         @Size(max = 4000) String instruction) {
}
