package org.samverkan.followup.observation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An observation as reported: about an area and groups, never about named individuals. */
record ObservationRequest(@NotBlank String area, List<String> targetGroups, List<String> languages,
                          @NotBlank String category, @NotBlank @Size(max = 4000) String description,
                          @NotNull Severity severity, @NotNull LocalDate observedOn) {
}
