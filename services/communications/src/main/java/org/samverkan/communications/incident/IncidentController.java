package org.samverkan.communications.incident;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

@Tag(name = "Incidents", description = "Incidents opened with a name and areas, closed and archived; notices and situation updates name them by code")
@RestController
@RequestMapping("/api/incidents")
class IncidentController {
    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @Operation(summary = "Open an incident (crisis staff, communications officers); 409 if the code was used before")
    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer')")
    @PostMapping
    ResponseEntity<IncidentView> open(@Valid @RequestBody IncidentOpening opening) {
        IncidentView opened = incidents.open(opening);
        return ResponseEntity.created(URI.create("/api/incidents/"
                + UriUtils.encodePathSegment(opened.code(), StandardCharsets.UTF_8))).body(opened);
    }

    @Operation(summary = "Incidents by status (any of; default open only), newest first, then codes notices carry that nobody opened")
    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead')")
    @GetMapping
    Incidents.Page list(@RequestParam(required = false) List<IncidentStatus> status,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        EnumSet<IncidentStatus> wanted = EnumSet.noneOf(IncidentStatus.class);
        if (status != null) {
            status.stream().filter(java.util.Objects::nonNull).forEach(wanted::add);
        }
        return incidents.list(wanted, page, size);
    }

    @Operation(summary = "One incident")
    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead')")
    @GetMapping("/{code}")
    IncidentView get(@PathVariable String code) {
        return incidents.get(code);
    }

    @Operation(summary = "Close an open incident: it leaves the default lists, its notices stay as they are")
    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer')")
    @PostMapping("/{code}/closure")
    IncidentView close(@PathVariable String code) {
        return incidents.close(code);
    }

    @Operation(summary = "Archive a closed incident")
    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer')")
    @PostMapping("/{code}/archiving")
    IncidentView archive(@PathVariable String code) {
        return incidents.archive(code);
    }
}
