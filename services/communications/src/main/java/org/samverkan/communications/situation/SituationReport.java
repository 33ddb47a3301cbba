package org.samverkan.communications.situation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.communications.notice.Cap;

/** What crisis staff write: the situation, what has been done, what comes next, where and for whom. */
public record SituationReport(@NotBlank String incident, @NotBlank @Size(max = 200) String title,
                              @NotBlank @Size(max = 10000) String situation, @Size(max = 10000) String measuresTaken,
                              @Size(max = 10000) String nextSteps, @NotEmpty List<String> areas, List<String> targetGroups,
                              @NotNull Cap.Severity severity) {
    public SituationReport {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }
}
