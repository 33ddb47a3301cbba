package org.samverkan.followup.report;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reports", description = "The rights-based report loop: draft from the dashboard, share, comment until a deadline, answer, publish")
@RestController
class ReportController {
    private static final String STAFF = "hasAnyRole('equality-lead', 'crisis-staff', 'communications-officer')";
    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Draft a report from the dashboard's figures for a period (equality lead)")
    @PreAuthorize("hasRole('equality-lead')")
    @PostMapping("/api/reports")
    ResponseEntity<ReportView> draft(@Valid @RequestBody ReportRequests.Draft draft) {
        ReportView drafted = reports.draft(draft);
        return ResponseEntity.created(URI.create("/api/reports/" + drafted.id())).body(drafted);
    }

    @Operation(summary = "Reports: all for staff; for a representative, those shared with their organisation")
    @PreAuthorize(STAFF + " or hasRole('representative')")
    @GetMapping("/api/reports")
    List<ReportView> list() {
        CurrentUser user = CurrentUser.get();
        if (user.isInternal()) {
            return reports.all();
        }
        return user.party().map(reports::sharedWith).orElse(List.of());
    }

    @Operation(summary = "One report with its comments and answers")
    @PreAuthorize(STAFF + " or hasRole('representative')")
    @GetMapping("/api/reports/{id}")
    ReportView one(@PathVariable String id) {
        Report report = reports.load(id);
        CurrentUser user = CurrentUser.get();
        if (!user.isInternal() && user.party().filter(report::visibleTo).isEmpty()) {
            throw new NotFoundException("No report " + id); // a draft or another organisation's report does not exist for them
        }
        return reports.view(report);
    }

    @Operation(summary = "Share the report with the organisations that contributed (equality lead)")
    @PreAuthorize("hasRole('equality-lead')")
    @PostMapping("/api/reports/{id}/sharing")
    ReportView share(@PathVariable String id, @Valid @RequestBody(required = false) ReportRequests.Sharing sharing) {
        return reports.share(id, sharing);
    }

    @Operation(summary = "Comment on a shared report on behalf of your organisation, until the deadline (representative)")
    @PreAuthorize("hasRole('representative')")
    @PostMapping("/api/reports/{id}/comments")
    ReportView comment(@PathVariable String id, @Valid @RequestBody ReportRequests.CommentText comment) {
        String organization = CurrentUser.get().party()
                .orElseThrow(() -> new ForbiddenException("Your account is not linked to an organisation"));
        return reports.comment(id, organization, comment.text());
    }

    @Operation(summary = "Answer an organisation's comment (equality lead)")
    @PreAuthorize("hasRole('equality-lead')")
    @PostMapping("/api/reports/{id}/comments/{commentId}/answer")
    ReportView answer(@PathVariable String id, @PathVariable String commentId,
                      @Valid @RequestBody ReportRequests.CommentText answer) {
        return reports.answer(id, commentId, answer.text());
    }

    @Operation(summary = "Publish the final report back to the organisations, after the comment deadline (equality lead)")
    @PreAuthorize("hasRole('equality-lead')")
    @PostMapping("/api/reports/{id}/publication")
    ReportView publish(@PathVariable String id, @Valid @RequestBody ReportRequests.Publication publication) {
        return reports.publish(id, publication.conclusions());
    }
}
