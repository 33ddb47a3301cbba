package org.samverkan.followup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoContactDetails;

/** The report loop's commands, as the API receives them. */
final class ReportRequests {
    private ReportRequests() {
    }

    record Draft(@NotBlank @Size(max = 200) @NoContactDetails String title,
                 @NotBlank @Size(max = 20_000) @NoContactDetails String summary,
                 @NotNull LocalDate from, @NotNull LocalDate to, @NotNull Instant commentDeadline) {
    }

    /**
     * Organisations to share with besides those the dashboard names as contributors (optional, registry ids), and a
     * new comment deadline replacing the draft's (optional; a draft whose deadline has passed needs one).
     */
    record Sharing(List<@NotBlank @Code String> alsoShareWith, Instant commentDeadline) {
    }

    record CommentText(@NotBlank @Size(max = 5_000) @NoContactDetails String text) {
    }

    record Publication(@NotBlank @Size(max = 20_000) @NoContactDetails String conclusions) {
    }
}
