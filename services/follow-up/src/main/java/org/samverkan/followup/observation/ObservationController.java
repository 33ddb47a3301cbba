package org.samverkan.followup.observation;

import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Observations", description = "What organisations and staff observe happening to groups in areas")
@RestController
@RequestMapping("/api/observations")
@PreAuthorize("hasAnyRole('crisis-staff', 'equality-lead', 'representative')")
class ObservationController {
    private final ObservationService observations;

    ObservationController(ObservationService observations) {
        this.observations = observations;
    }

    @Operation(summary = "Report an observation; text naming individuals (personal identity numbers, phone numbers, "
            + "e-mail addresses) is refused with 422")
    @PostMapping
    ResponseEntity<ObservationView> report(@Valid @RequestBody ObservationRequest request) {
        ObservationView created = observations.report(CurrentUser.get(), request);
        return ResponseEntity.created(URI.create("/api/observations/" + created.id())).body(created);
    }

    @Operation(summary = "Observations by area, category and date observed; representatives see their organisation's only")
    @GetMapping
    List<ObservationView> list(@RequestParam(required = false) String area, @RequestParam(required = false) String category,
                               @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return observations.list(CurrentUser.get(), area, category, from, to);
    }

    @GetMapping("/{id}")
    ObservationView get(@PathVariable String id) {
        return observations.get(CurrentUser.get(), id);
    }
}
