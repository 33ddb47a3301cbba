package org.samverkan.communications.situation;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Situation updates", description = "Crisis staff's dated situation reports to stakeholders, per incident")
@RestController
class SituationUpdateController {
    private final SituationUpdates updates;

    SituationUpdateController(SituationUpdates updates) {
        this.updates = updates;
    }

    @Operation(summary = "Publish a situation update (crisis staff); delivered to verified organisations reaching the areas")
    @PreAuthorize("hasRole('crisis-staff')")
    @PostMapping("/api/situation-updates")
    ResponseEntity<SituationUpdateView> publish(@Valid @RequestBody SituationReport report) {
        SituationUpdateView published = updates.publish(report, CurrentUser.get().subject());
        return ResponseEntity.created(URI.create("/api/situation-updates/" + published.id())).body(published);
    }

    @Operation(summary = "An incident's situation updates, oldest first (staff)")
    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead')")
    @GetMapping("/api/incidents/{incident}/situation-updates")
    List<SituationUpdateView> series(@PathVariable String incident) {
        return updates.series(incident);
    }
}
