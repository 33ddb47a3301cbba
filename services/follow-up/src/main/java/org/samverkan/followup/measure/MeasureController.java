package org.samverkan.followup.measure;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Compensatory measures", description = "Municipal services paused or reduced, and what compensates for them")
@RestController
@RequestMapping("/api/measures")
@PreAuthorize("hasAnyRole('crisis-staff', 'equality-lead')")
class MeasureController {
    private final MeasureService measures;

    MeasureController(MeasureService measures) {
        this.measures = measures;
    }

    @PostMapping
    ResponseEntity<MeasureView> record(@Valid @RequestBody MeasureDetails details) {
        MeasureView created = measures.record(details);
        return ResponseEntity.created(URI.create("/api/measures/" + created.id())).body(created);
    }

    @Operation(summary = "Change a measure (full replacement); an ENDED measure is not changed any more (409)")
    @PutMapping("/{id}")
    MeasureView change(@PathVariable String id, @Valid @RequestBody MeasureDetails details) {
        return measures.change(id, details);
    }

    @GetMapping
    List<MeasureView> list(@RequestParam(required = false) MeasureStatus status) {
        return measures.list(status);
    }

    @GetMapping("/{id}")
    MeasureView get(@PathVariable String id) {
        return measures.get(id);
    }
}
