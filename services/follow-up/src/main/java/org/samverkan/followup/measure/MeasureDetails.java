package org.samverkan.followup.measure;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A compensatory measure as recorded or changed: which service was paused or reduced, for whom and where, what
 * compensates, and which unit or role (never a person) is responsible.
 */
record MeasureDetails(@NotBlank @Size(max = 200) String pausedService, @NotNull Reduction reduction,
                      @NotEmpty List<String> areas, List<String> targetGroups,
                      @NotBlank @Size(max = 2000) String compensatingAction, @NotBlank @Size(max = 200) String responsibleUnit,
                      @NotNull MeasureStatus status, @NotNull LocalDate startsOn, LocalDate endsOn) {
}
