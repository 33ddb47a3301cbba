package org.samverkan.followup.rumour;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Rumours", description = "The rumour register: reported → verifying → confirmed or debunked → addressed")
@RestController
@RequestMapping("/api/rumours")
@PreAuthorize("hasAnyRole('crisis-staff', 'equality-lead', 'communications-officer', 'representative')")
class RumourController {
    private static final String MANAGERS = "hasAnyRole('crisis-staff', 'equality-lead', 'communications-officer')";
    private final RumourService rumours;

    RumourController(RumourService rumours) {
        this.rumours = rumours;
    }

    @Operation(summary = "Report a rumour; text naming individuals is refused with 422")
    @PostMapping
    ResponseEntity<RumourView> report(@Valid @RequestBody RumourRequests.Report request) {
        RumourView created = rumours.report(CurrentUser.get(), request);
        return ResponseEntity.created(URI.create("/api/rumours/" + created.id())).body(created);
    }

    @Operation(summary = "Rumours, optionally by status; representatives see those their organisation reported")
    @GetMapping
    List<RumourView> list(@RequestParam(required = false) RumourStatus status) {
        return rumours.list(CurrentUser.get(), status);
    }

    @GetMapping("/{id}")
    RumourView get(@PathVariable String id) {
        return rumours.get(CurrentUser.get(), id);
    }

    @Operation(summary = "Move a rumour on in its lifecycle; an illegal transition is refused with 422 naming status")
    @PreAuthorize(MANAGERS)
    @PostMapping("/{id}/status")
    RumourView changeStatus(@PathVariable String id, @Valid @RequestBody RumourRequests.StatusChange change) {
        return rumours.changeStatus(id, change);
    }

    @Operation(summary = "Ask communications for a counter-message (CONFIRMED or DEBUNKED rumours); it drafts notice "
            + "counter-{id}, and the rumour becomes ADDRESSED when that notice is published")
    @PreAuthorize(MANAGERS)
    @PostMapping("/{id}/counter-message")
    RumourView requestCounterMessage(@PathVariable String id, @Valid @RequestBody RumourRequests.CounterMessage request) {
        return rumours.requestCounterMessage(id, request);
    }
}
