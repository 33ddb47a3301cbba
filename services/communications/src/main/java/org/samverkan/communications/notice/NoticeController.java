package org.samverkan.communications.notice;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;
import org.samverkan.communications.inbox.Reachability;
import org.samverkan.communications.languages.LanguageCheck;
import org.samverkan.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.samverkan.platform.screening.NoContactDetails;

@Tag(name = "Notices", description = "Multilingual public notices with an equality review before release")
@RestController
@RequestMapping("/api/notices")
class NoticeController {
    private final NoticeService notices;
    private final NoticeList list;

    private final Reachability reachability;

    NoticeController(NoticeService notices, NoticeList list, Reachability reachability) {
        this.notices = notices;
        this.list = list;
        this.reachability = reachability;
    }

    /** The overview; {@code status=IN_REVIEW} is the equality lead's review queue. */
    @Operation(summary = "Notices by status (any of), incident, area and language (repeat: all must be there), most recently changed first; "
            + "without an incident, notices of closed incidents only with closedIncidents=true")
    @PreAuthorize("hasAnyRole('communications-officer', 'equality-lead', 'crisis-staff')")
    @GetMapping
    NoticeList.Page list(@RequestParam(required = false) List<NoticeStatus> status,
                         @RequestParam(required = false) @Size(max = 200) String incident,
                         @RequestParam(required = false) List<@Code String> area,
                         @RequestParam(required = false) List<@Code String> language,
                         @RequestParam(defaultValue = "false") boolean closedIncidents,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return list.find(new NoticeFilter(status, incident, area, language, closedIncidents), page, size);
    }

    /**
     * The editor's view: the notice, which required languages are present or missing, and which of the organisations
     * it would go to cannot be reached (no notice address) — known before publishing, not from a FAILED delivery.
     */
    record Editor(NoticeView notice, LanguageCheck languages, Reachability.Recipients recipients) {
    }

    @Operation(summary = "Write a draft notice (an update names the published notice it replaces)")
    @PreAuthorize("hasRole('communications-officer')")
    @PostMapping
    ResponseEntity<Editor> draft(@Valid @RequestBody NoticeDraft draft) {
        NoticeView created = notices.draft(draft, CurrentUser.get().subject(), null, null, java.util.List.of());
        return ResponseEntity.created(URI.create("/api/notices/" + created.id())).body(editor(created.id()));
    }

    @Operation(summary = "A notice with its required languages, present and missing")
    @PreAuthorize("hasAnyRole('communications-officer', 'equality-lead', 'crisis-staff')")
    @GetMapping("/{id}")
    Editor get(@PathVariable String id) {
        return editor(id);
    }

    /**
     * The editor sends the whole draft back; with {@code If-Match: "<version>"} (the {@code notice.version} it was
     * shown) a save based on an older version is refused with 409 instead of silently undoing someone else's text.
     */
    @Operation(summary = "Change a draft (a notice in review or approved goes back to draft); If-Match: \"<version>\" refuses a stale save with 409")
    @PreAuthorize("hasRole('communications-officer')")
    @PutMapping("/{id}")
    Editor edit(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                @Valid @RequestBody NoticeDraft draft) {
        notices.edit(id, draft, ExpectedVersion.parse(ifMatch));
        return editor(id);
    }

    @Operation(summary = "Submit a draft for equality review")
    @PreAuthorize("hasRole('communications-officer')")
    @PostMapping("/{id}/submission")
    Editor submit(@PathVariable String id) {
        notices.submit(id);
        return editor(id);
    }

    @Operation(summary = "Approve a notice in review (equality lead): checklist and justifications for missing languages")
    @PreAuthorize("hasRole('equality-lead')")
    @PostMapping("/{id}/review")
    Editor review(@PathVariable String id, @Valid @RequestBody ReviewRequest review) {
        notices.approve(id, CurrentUser.get().subject(), review);
        return editor(id);
    }

    @Operation(summary = "Send a notice in review back to draft with a comment for the officer (equality lead)")
    @PreAuthorize("hasRole('equality-lead')")
    @PostMapping("/{id}/send-back")
    Editor sendBack(@PathVariable String id, @Valid @RequestBody SendBackRequest request) {
        notices.sendBack(id, CurrentUser.get().subject(), request.comment());
        return editor(id);
    }

    @Operation(summary = "Publish an approved notice; refused while a required language is missing and unjustified")
    @PreAuthorize("hasRole('communications-officer')")
    @PostMapping("/{id}/publication")
    Editor publish(@PathVariable String id) {
        notices.publish(id);
        return editor(id);
    }

    record Cancellation(@jakarta.validation.constraints.NotBlank @NoContactDetails String reason) {
    }

    @Operation(summary = "Cancel a published notice")
    @PreAuthorize("hasRole('communications-officer')")
    @PostMapping("/{id}/cancellation")
    Editor cancel(@PathVariable String id, @Valid @RequestBody Cancellation cancellation) {
        notices.cancel(id, cancellation.reason());
        return editor(id);
    }

    private Editor editor(String id) {
        Notice notice = notices.load(id);
        return new Editor(notice.view(), notices.check(notice),
                reachability.recipients(notice.content().areas(), notice.content().targetGroups()));
    }
}
