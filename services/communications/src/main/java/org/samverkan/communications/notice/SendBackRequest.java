package org.samverkan.communications.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.NoContactDetails;

/** An equality lead's "not yet": what the officer should change before submitting again. */
record SendBackRequest(@NotBlank @Size(max = 2000) @NoContactDetails String comment) {
}
