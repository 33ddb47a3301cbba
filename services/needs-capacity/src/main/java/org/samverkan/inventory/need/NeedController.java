package org.samverkan.inventory.need;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
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
import org.samverkan.platform.screening.NoContactDetails;

@Tag(name = "Needs", description = "Needs (EDXL-RM RequestResource): raised by crisis staff or reported by organisations")
@RestController
@RequestMapping("/api/needs")
class NeedController {
    private final NeedService needs;

    NeedController(NeedService needs) {
        this.needs = needs;
    }

    @Operation(summary = "Raise a need (crisis staff: OPEN) or report one (representative: REPORTED until staff confirm)")
    @PostMapping
    ResponseEntity<NeedView> raise(@Valid @RequestBody NeedDetails details) {
        NeedView created = needs.raise(CurrentUser.get(), details);
        return ResponseEntity.created(URI.create("/api/needs/" + created.id())).body(created);
    }

    @Operation(summary = "Confirm a need an organisation reported")
    @PreAuthorize("hasRole('crisis-staff')")
    @PostMapping("/{id}/confirmation")
    NeedView confirm(@PathVariable String id) {
        return needs.confirm(id);
    }

    @PreAuthorize("hasRole('crisis-staff')")
    @PutMapping("/{id}")
    NeedView update(@PathVariable String id, @Valid @RequestBody NeedDetails details) {
        return needs.update(id, details);
    }

    @PreAuthorize("hasRole('crisis-staff')")
    @PostMapping("/{id}/closure")
    NeedView close(@PathVariable String id, @Valid @RequestBody Closure closure) {
        return needs.close(id, closure.reason());
    }

    @Operation(summary = "A need; representatives may read only the needs their organisation reported")
    @GetMapping("/{id}")
    NeedView get(@PathVariable String id) {
        NeedView need = needs.get(id);
        CurrentUser user = CurrentUser.get();
        if (!user.isInternal() && !user.represents(need.reportedBy())) {
            throw new ForbiddenException("Representatives can only read needs their organisation reported");
        }
        return need;
    }

    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead', 'registry-admin')")
    @GetMapping
    List<NeedView> list(@RequestParam(required = false) NeedStatus status) {
        return needs.list(status);
    }

    record Closure(@NotBlank @NoContactDetails String reason) {
    }
}
