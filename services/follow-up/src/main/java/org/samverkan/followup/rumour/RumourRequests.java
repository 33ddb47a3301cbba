package org.samverkan.followup.rumour;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoContactDetails;

/** The rumour register's request bodies. */
final class RumourRequests {
    private RumourRequests() {
    }

    /** {@code stigmatising}: the rumour blames a group or an area. */
    record Report(@NotBlank @Size(max = 2000) @NoContactDetails String text, @NotBlank @Code String language,
                  @NotBlank @Code String channel,
                  @NotEmpty @Code List<String> areas, @Code List<String> targetGroups, @NotNull Boolean stigmatising) {
    }

    record StatusChange(@NotNull RumourStatus status, @Size(max = 2000) @NoContactDetails String note) {
    }

    /** What the counter-message must address, and the languages it is wanted in (besides the required ones). */
    record CounterMessage(@NotBlank @Size(max = 2000) @NoContactDetails String summary, @Code List<String> languages) {
    }
}
