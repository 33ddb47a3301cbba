package org.samverkan.communications.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.samverkan.platform.screening.Code;

/** An accessible format of the notice: an audio recording or a sign-language video, in a language. */
public record MediaLink(@NotNull Kind kind, @NotBlank @Code String language,
                        @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String url) {
    public enum Kind { AUDIO, SIGN_LANGUAGE_VIDEO }
}
