package org.samverkan.communications.translation;

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
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Translations", description = "Asking organisations offering interpretation for a notice's missing language")
@RestController
@RequestMapping("/api/notices/{id}/translation-requests")
class TranslationController {
    private final TranslationService translations;

    TranslationController(TranslationService translations) {
        this.translations = translations;
    }

    @Operation(summary = "Ask organisations to translate a notice into a missing language",
            description = "Without organizationIds, every verified organisation with an active offer of interpretation in the "
                    + "language; each is e-mailed a signed link to the translator's page at its notice address")
    @PreAuthorize("hasRole('communications-officer')")
    @PostMapping
    ResponseEntity<TranslationRequestView> request(@PathVariable String id, @Valid @RequestBody TranslationAsk ask) {
        TranslationRequestView created = translations.request(id, ask, CurrentUser.get().subject());
        return ResponseEntity.created(URI.create("/api/notices/" + id + "/translation-requests")).body(created);
    }

    @Operation(summary = "A notice's translation requests: each organisation asked, REQUESTED or SUBMITTED, and its proposal")
    @PreAuthorize("hasAnyRole('communications-officer', 'equality-lead', 'crisis-staff')")
    @GetMapping
    List<TranslationRequestView> list(@PathVariable String id) {
        return translations.of(id);
    }
}
