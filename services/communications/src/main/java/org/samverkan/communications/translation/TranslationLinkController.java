package org.samverkan.communications.translation;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.samverkan.communications.delivery.AckTokens;
import org.samverkan.communications.delivery.LinkAnswers;
import org.samverkan.communications.languages.LanguageNames;
import org.samverkan.communications.notice.Notice;
import org.samverkan.communications.notice.NoticeService;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.reference.ReferenceData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The translator's link, without an account: the token must be signed for exactly this request and organisation and
 * unexpired, else 403 and nothing changes. As with the delivery link, a browser (asking for text/html by name) gets
 * pages, 303 to the thank-you page after sending and refusals as pages; any other client JSON and RFC 9457 problems.
 */
@Tag(name = "Translations")
@SecurityRequirements
@RestController
class TranslationLinkController {
    private final TranslationService translations;
    private final NoticeService notices;
    private final AckTokens tokens;
    private final ReferenceData reference;

    TranslationLinkController(TranslationService translations, NoticeService notices, AckTokens tokens, ReferenceData reference) {
        this.translations = translations;
        this.notices = notices;
        this.tokens = tokens;
        this.reference = reference;
    }

    /** What an API client is told after sending: the organisation's own answer, never the other organisations'. */
    record Received(String requestId, String organizationId, String language, TranslationRequest.Status status, Instant submittedAt) {
    }

    @Operation(summary = "The translator's page: the notice's source text and a form for the translation",
            description = "Opening it changes nothing. The form's fields carry the requested language's lang and dir")
    @GetMapping(value = "/public/translation-requests/{requestId}/{organizationId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<?> page(@PathVariable String requestId, @PathVariable String organizationId, @RequestParam String token,
                           HttpServletRequest request) {
        Supplier<ResponseEntity<String>> page = () -> LinkAnswers.html(HttpStatus.OK, TranslationPage.render(form(requestId, organizationId, token)));
        return answer(request, requestId, organizationId, token, page, page);
    }

    @Operation(summary = "Send the translation from the translator's page (form fields headline, body, instruction)",
            description = "Kept as the organisation's proposal beside the notice's texts, to be reviewed; a second one is refused "
                    + "with 409. For the page (Accept: text/html) 303 to the thank-you page and refusals as pages",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Received.class))))
    @PostMapping(value = "/public/translation-requests/{requestId}/{organizationId}/translation",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> submit(@PathVariable String requestId, @PathVariable String organizationId,
                             // optional for Spring: a form without the link's token is refused as the link's (403), not as a field
                             @RequestParam(required = false) String token,
                             @RequestParam(required = false) String headline, @RequestParam(required = false) String body,
                             @RequestParam(required = false) String instruction, HttpServletRequest request) {
        NoticeText text = new NoticeText(headline, body, instruction);
        return answer(request, requestId, organizationId, token,
                () -> ResponseEntity.ok(received(translations.submit(requestId, organizationId, text), organizationId)),
                () -> {
                    translations.submit(requestId, organizationId, text);
                    URI to = UriComponentsBuilder.fromPath("/public/translation-requests/{request}/{organization}/thanks")
                            .queryParam("token", token).encode().buildAndExpand(requestId, organizationId).toUri();
                    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(to).build();
                });
    }

    @Operation(summary = "The thank-you page after a translation was sent")
    @GetMapping(value = "/public/translation-requests/{requestId}/{organizationId}/thanks", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<?> thanks(@PathVariable String requestId, @PathVariable String organizationId, @RequestParam String token,
                             HttpServletRequest request) {
        Supplier<ResponseEntity<String>> page = () -> LinkAnswers.html(HttpStatus.OK, TranslationPage.thanks(
                name(translations.load(requestId), organizationId)));
        return answer(request, requestId, organizationId, token, page, page);
    }

    private ResponseEntity<?> answer(HttpServletRequest request, String requestId, String organizationId, String token,
                                     Supplier<? extends ResponseEntity<?>> forClient, Supplier<ResponseEntity<String>> forPage) {
        return LinkAnswers.answer(request, () -> require(token, requestId, organizationId), forClient, forPage, e -> {
            String back = e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.CONFLICT ? null
                    : TranslationRequestMail.path(requestId, organizationId) + TranslationPage.query(token).replace("&amp;", "&");
            return TranslationPage.problem(e.status(), e.getMessage(), e.fields(), back);
        });
    }

    private TranslationPage.Form form(String requestId, String organizationId, String token) {
        TranslationRequest request = translations.load(requestId);
        Notice notice = notices.load(request.noticeId());
        String sourceTag = notice.content().sourceLanguage();
        NoticeText source = notice.content().texts().get(sourceTag);
        if (source == null || source.headline() == null || source.body() == null) {
            var any = notice.content().texts().entrySet().stream()
                    .filter(e -> e.getValue() != null && e.getValue().headline() != null && e.getValue().body() != null)
                    .findFirst().orElseThrow();
            sourceTag = any.getKey();
            source = any.getValue();
        }
        LanguageNames names = new LanguageNames(reference);
        var asked = request.organizations().get(organizationId);
        return new TranslationPage.Form(requestId, organizationId, token, name(request, organizationId),
                reference.about().displayName(Locale.forLanguageTag("sv")), sourceTag, names.direction(sourceTag), source,
                request.language(), names.own(request.language()), names.direction(request.language()),
                asked != null && asked.status() == TranslationRequest.Status.SUBMITTED);
    }

    private static String name(TranslationRequest request, String organizationId) {
        var asked = request.organizations().get(organizationId);
        return asked == null || asked.organizationName() == null ? organizationId : asked.organizationName();
    }

    private static Received received(TranslationRequestView view, String organizationId) {
        var answer = view.organizations().stream().filter(a -> a.organizationId().equals(organizationId)).findFirst().orElseThrow();
        return new Received(view.id(), organizationId, view.language(), answer.status(), answer.submittedAt());
    }

    private void require(String token, String requestId, String organizationId) {
        String problem = tokens.problemWith(token, TranslationRequestMail.subject(requestId), organizationId);
        if (problem != null) {
            throw new ForbiddenException("This translation link cannot be used: " + problem);
        }
    }
}
