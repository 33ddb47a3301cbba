package org.samverkan.communications.notice;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/**
 * What a communications officer writes. {@code texts} is keyed by BCP 47 tag; easy-read Swedish is the text under
 * {@code sv-x-lattlast}. {@code replaces} names the published notice this one updates, if any. {@code capStatus}
 * marks an exercise or test (absent: Actual).
 */
public record NoticeDraft(@NotBlank @NoPersonalIdentifiers String incident, @NotNull Cap.Category category, @NotNull Cap.Urgency urgency,
                          @NotNull Cap.Severity severity, @NotNull Cap.Certainty certainty,
                          @NotEmpty @Code List<String> areas, @Code List<String> targetGroups, @NotBlank @Code String sourceLanguage,
                          @NotEmpty Map<String, @Valid NoticeText> texts, List<@Valid MediaLink> media, @Code String replaces,
                          Cap.Status capStatus) {
    public NoticeDraft {
        capStatus = capStatus == null ? Cap.Status.Actual : capStatus;
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        media = media == null ? List.of() : List.copyOf(media);
    }
}
