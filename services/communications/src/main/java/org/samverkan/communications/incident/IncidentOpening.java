package org.samverkan.communications.incident;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/**
 * Opening an incident: the code notices and situation updates name it by (kept short and stable, it appears in
 * CAP {@code <incidents>}; any text notices already carry, so their incident can be opened afterwards), the name
 * people see, and the areas it concerns.
 */
record IncidentOpening(@NotBlank @Size(max = 200) @NoPersonalIdentifiers String code,
                       @NotBlank @Size(max = 200) @NoPersonalIdentifiers String name,
                       @NotEmpty @Code List<String> areas) {
}
