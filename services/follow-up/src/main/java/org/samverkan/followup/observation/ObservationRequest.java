package org.samverkan.followup.observation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoContactDetails;

/** An observation as reported: about an area and groups, never about named individuals. */
record ObservationRequest(@NotBlank @Code String area, @Code List<String> targetGroups, @Code List<String> languages,
                          @NotBlank @Code String category, @NotBlank @Size(max = 4000) @NoContactDetails String description,
                          @NotNull Severity severity, @NotNull LocalDate observedOn) {
}
