package org.samverkan.inventory.commitment;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.samverkan.platform.screening.NoContactDetails;

@Tag(name = "Commitments", description = "Commitments (EDXL-RM CommitResource) of offered capacity to needs")
@RestController
@RequestMapping("/api/commitments")
class CommitmentController {
    private final CommitmentService commitments;

    CommitmentController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Operation(summary = "Propose a commitment of part of an offer to a need (crisis staff); reserves the quantity on the offer")
    @PreAuthorize("hasRole('crisis-staff')")
    @PostMapping
    ResponseEntity<CommitmentView> propose(@Valid @RequestBody ProposeCommitment command) {
        CommitmentView created = commitments.propose(command);
        return ResponseEntity.created(URI.create("/api/commitments/" + created.id())).body(created);
    }

    @Operation(summary = "Accept a commitment addressed to the caller's organisation")
    @PostMapping("/{id}/acceptance")
    CommitmentView accept(@PathVariable String id) {
        return commitments.accept(CurrentUser.get(), id);
    }

    @Operation(summary = "Decline a commitment addressed to the caller's organisation; the offer's quantity is released")
    @PostMapping("/{id}/decline")
    CommitmentView decline(@PathVariable String id, @Valid @RequestBody(required = false) Decline decline) {
        return commitments.decline(CurrentUser.get(), id, decline == null ? null : decline.reason());
    }

    @Operation(summary = "Report a delivered quantity (staff or the committed organisation); updates the need")
    @PostMapping("/{id}/deliveries")
    CommitmentView deliver(@PathVariable String id, @Valid @RequestBody Delivery delivery) {
        return commitments.deliver(CurrentUser.get(), id, delivery.quantity());
    }

    @GetMapping("/{id}")
    CommitmentView get(@PathVariable String id) {
        return commitments.get(CurrentUser.get(), id);
    }

    @Operation(summary = "Commitments, by need or organisation; representatives see only their own organisation's")
    @PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead', 'registry-admin', 'representative')")
    @GetMapping
    List<CommitmentView> list(@RequestParam(required = false) String needId,
                              @RequestParam(required = false) String organizationId) {
        CurrentUser user = CurrentUser.get();
        if (user.isInternal()) {
            return commitments.list(needId, organizationId);
        }
        // A representative sees only what is addressed to their organisation; naming another is refused, not
        // silently answered with their own.
        if (organizationId != null && !user.represents(organizationId)) {
            throw new ForbiddenException("Representatives can only read commitments addressed to their organisation");
        }
        return commitments.list(needId, user.party().orElse("-"));
    }

    record Decline(@Size(max = 500) @NoContactDetails String reason) {
    }

    record Delivery(@NotNull @Positive Integer quantity) {
    }
}
