package org.samverkan.followup.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Equality dashboard", description = "Area × target group × language over time, built only from events")
@RestController
@PreAuthorize("hasAnyRole('operator', 'equality-lead')")
class RebuildController {
    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Rebuild the dashboard from every source topic from the start; it switches over when done "
            + "(operator, equality lead). 409 while another rebuild runs")
    @PostMapping("/api/dashboard/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus rebuild() {
        return rebuilds.start();
    }

    @Operation(summary = "A rebuild's progress: status, events read, when it finished")
    @GetMapping("/api/dashboard/rebuild/{id}")
    RebuildStatus status(@PathVariable String id) {
        return rebuilds.find(id).orElseThrow(() -> new NotFoundException("No dashboard rebuild " + id));
    }
}
