package org.samverkan.followup.reach;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reach follow-up", description = "Per notice: share of targeted areas, languages and groups reached")
@RestController
@PreAuthorize("hasAnyRole('crisis-staff', 'communications-officer', 'equality-lead')")
class ReachController {
    private final ReachFollowUp reach;

    ReachController(ReachFollowUp reach) {
        this.reach = reach;
    }

    @Operation(summary = "Every published notice's reach, newest first")
    @GetMapping("/api/reach/notices")
    List<NoticeReach> all() {
        return reach.all();
    }

    @Operation(summary = "One notice's reach")
    @GetMapping("/api/reach/notices/{noticeId}")
    NoticeReach one(@PathVariable String noticeId) {
        return reach.of(noticeId).orElseThrow(() -> new NotFoundException("No published notice " + noticeId + " is known to follow-up"));
    }
}
