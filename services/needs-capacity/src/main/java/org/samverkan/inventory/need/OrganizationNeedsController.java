package org.samverkan.inventory.need;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The needs as one organisation's representatives see them: those it reported, and the open ones in its reach. Under
 * the organisation rather than {@code /api/needs}, whose list is staff's, so the organisation is in every address.
 */
@Tag(name = "Needs")
@RestController
@RequestMapping("/api/organizations/{id}")
class OrganizationNeedsController {
    private final OrganizationNeeds needs;

    OrganizationNeedsController(OrganizationNeeds needs) {
        this.needs = needs;
    }

    @Operation(summary = "The needs this organisation reported, with their status, newest change first")
    @GetMapping("/reported-needs")
    OrganizationNeeds.Page<NeedView> reported(@PathVariable String id,
                                              @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        readable(id);
        return needs.reportedBy(id, page, size);
    }

    @Operation(summary = "Open needs in this organisation's reach (an area it serves; a language and target group it reaches"
            + " where the need names any), most urgent first")
    @GetMapping("/matching-needs")
    OrganizationNeeds.Page<MatchingNeed> matching(@PathVariable String id,
                                                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        readable(id);
        return needs.matching(id, page, size);
    }

    private static void readable(String organizationId) {
        CurrentUser user = CurrentUser.get();
        if (!user.isInternal() && !user.represents(organizationId)) {
            throw new ForbiddenException("Representatives can only read their own organisation's needs");
        }
    }
}
