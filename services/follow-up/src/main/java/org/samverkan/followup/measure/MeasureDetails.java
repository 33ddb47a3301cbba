package org.samverkan.followup.measure;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoContactDetails;

/**
 * A compensatory measure as recorded or changed: which service was paused or reduced, for whom and where, what
 * compensates, and which unit or role (never a person) is responsible.
 */
record MeasureDetails(@NotBlank @Size(max = 200) @NoContactDetails String pausedService, @NotNull Reduction reduction,
                      @NotEmpty @Code List<String> areas, @Code List<String> targetGroups,
                      @NotBlank @Size(max = 2000) @NoContactDetails String compensatingAction,
                      @NotBlank @Size(max = 200) @NoContactDetails String responsibleUnit,
                      @NotNull MeasureStatus status, @NotNull LocalDate startsOn, LocalDate endsOn) {
}
