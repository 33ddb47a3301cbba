package org.samverkan.communications.situation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.communications.notice.Cap;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/** What crisis staff write: the situation, what has been done, what comes next, where and for whom. */
public record SituationReport(@NotBlank @NoPersonalIdentifiers String incident,
                              @NotBlank @Size(max = 200) @NoPersonalIdentifiers String title,
                              @NotBlank @Size(max = 10000) @NoPersonalIdentifiers String situation,
                              @Size(max = 10000) @NoPersonalIdentifiers String measuresTaken,
                              @Size(max = 10000) @NoPersonalIdentifiers String nextSteps, @NotEmpty @Code List<String> areas,
                              @Code List<String> targetGroups,
                              @NotNull Cap.Severity severity) {
    public SituationReport {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }
}
