package org.samverkan.inventory.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.samverkan.platform.screening.Code;

public record ProposeCommitment(@NotBlank @Code String needId, @NotBlank @Code String offerId, @NotNull @Positive Integer quantity) {
}
