package org.samverkan.inventory.offer;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoContactDetails;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/**
 * What a representative offers (register or update). Codes come from the reference data.
 *
 * @param availableUntil open-ended when absent
 */
public record OfferDetails(@NotBlank @Code String resourceType, @NotBlank @Size(max = 2000) @NoContactDetails String description,
                           @NotNull @Positive Integer quantity, @NotBlank @Size(max = 40) @NoPersonalIdentifiers String unit,
                           @NotNull Instant availableFrom, Instant availableUntil,
                           @NotEmpty @Code List<String> areas, @Code List<String> languages, @Code List<String> targetGroups) {
}
