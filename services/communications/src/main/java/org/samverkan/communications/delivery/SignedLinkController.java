package org.samverkan.communications.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.samverkan.communications.languages.LanguageNames;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.communications.notice.PublishedNotices;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Answers from the link in a delivered message, without an account: the token must be signed for exactly this
 * notice and organisation and unexpired (see {@link AckTokens}); otherwise 403 and nothing changes.
 *
 * <p>A person answers with the page's forms and reads the answer as a page: a thank-you page after a confirmation or a
 * report (303 to it, so reloading it sends nothing twice), a refusal as a page naming the field in words. A request is
 * the page's when it asks for HTML by name, as a browser does for the page and every form it sends; any other client
 * (form fields or not) gets JSON and RFC 9457 problems as before.
 */
@Tag(name = "Deliveries")
// No token: the link's signature authorises (security: [] in the description).
@SecurityRequirements
@RestController
class SignedLinkController {
    private final DeliveryService deliveries;
    private final AckTokens tokens;
    private final PublishedNotices notices;
    private final ReferenceData reference;

    SignedLinkController(DeliveryService deliveries, AckTokens tokens, PublishedNotices notices, ReferenceData reference) {
        this.deliveries = deliveries;
        this.tokens = tokens;
        this.notices = notices;
        this.reference = reference;
    }

    @Operation(summary = "Confirm receipt with the signed link from the message",
            description = "JSON for an API client; for the link page's form (Accept: text/html) 303 to the thank-you page, a refusal as an HTML page",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DeliveryView.class))))
    @PostMapping("/public/notices/{noticeId}/deliveries/{organizationId}/acknowledgement")
    ResponseEntity<?> acknowledge(@PathVariable String noticeId, @PathVariable String organizationId,
                                  @RequestParam String token, HttpServletRequest request) {
        return answer(request, noticeId, organizationId, token,
                () -> ResponseEntity.ok(deliveries.acknowledge(noticeId, organizationId, "link")),
                () -> {
                    deliveries.acknowledge(noticeId, organizationId, "link");
                    return thanks(noticeId, organizationId, token, "acknowledgement");
                });
    }

    @Operation(summary = "Report a relay with the signed link from the message")
    @PostMapping(value = "/public/notices/{noticeId}/deliveries/{organizationId}/relays", consumes = MediaType.APPLICATION_JSON_VALUE)
    DeliveryView relay(@PathVariable String noticeId, @PathVariable String organizationId, @RequestParam String token,
                       @Valid @RequestBody Relay relay) {
        require(token, noticeId, organizationId);
        return deliveries.relay(noticeId, organizationId, relay);
    }

    @Operation(summary = "The same relay report from the link page's form",
            description = "For the page (Accept: text/html) 303 to the thank-you page and a refusal as an HTML page naming the field "
                    + "in words (status 4xx); for an API client the delivery as JSON and RFC 9457 problems",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DeliveryView.class))))
    @PostMapping(value = "/public/notices/{noticeId}/deliveries/{organizationId}/relays",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> relayForm(@PathVariable String noticeId, @PathVariable String organizationId,
                                @RequestParam String token, @RequestParam(required = false) String people,
                                @RequestParam(required = false) String language, @RequestParam(required = false) String channel,
                                @RequestParam(required = false) String area, HttpServletRequest request) {
        return answer(request, noticeId, organizationId, token,
                () -> ResponseEntity.ok(deliveries.relay(noticeId, organizationId, relay(people, language, channel, area))),
                () -> {
                    deliveries.relay(noticeId, organizationId, relay(people, language, channel, area));
                    return thanks(noticeId, organizationId, token, "relay");
                });
    }

    @Operation(summary = "The page the link opens: plain HTML forms to confirm receipt and report a relay",
            description = "Opening it changes nothing. The notice's headline; language (the notice's languages, by their own names), "
                    + "channel kind and area chosen from the reference data")
    @GetMapping(value = "/public/notices/{noticeId}/deliveries/{organizationId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<?> page(@PathVariable String noticeId, @PathVariable String organizationId, @RequestParam String token,
                           HttpServletRequest request) {
        Supplier<ResponseEntity<String>> page = () -> LinkAnswers.html(HttpStatus.OK, LinkPage.render(form(noticeId, organizationId, token)));
        return answer(request, noticeId, organizationId, token, page, page);
    }

    @Operation(summary = "The thank-you page after a confirmation or relay report from the link page")
    @GetMapping(value = "/public/notices/{noticeId}/deliveries/{organizationId}/thanks", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<?> thanksPage(@PathVariable String noticeId, @PathVariable String organizationId, @RequestParam String token,
                                 @RequestParam(name = "for", required = false) String answered, HttpServletRequest request) {
        Supplier<ResponseEntity<String>> page = () -> LinkAnswers.html(HttpStatus.OK,
                LinkPage.thanks(noticeId, organizationId, token, "relay".equals(answered)));
        return answer(request, noticeId, organizationId, token, page, page);
    }

    private ResponseEntity<?> answer(HttpServletRequest request, String noticeId, String organizationId, String token,
                                     Supplier<? extends ResponseEntity<?>> forClient, Supplier<ResponseEntity<String>> forPage) {
        // A refused link offers no way back to its form; any other refusal does.
        return LinkAnswers.answer(request, () -> require(token, noticeId, organizationId), forClient, forPage,
                e -> LinkPage.problem(e.status(), e.getMessage(), e.fields(), noticeId, organizationId,
                        e.status() == HttpStatus.FORBIDDEN ? null : token));
    }

    private LinkPage.Form form(String noticeId, String organizationId, String token) {
        DeliveryView delivery = deliveries.find(noticeId, organizationId);
        NoticeView notice = delivery.kind() == DeliveryEvents.MessageKind.NOTICE ? notices.find(noticeId).orElse(null) : null;
        LanguageNames names = new LanguageNames(reference);
        List<String> tags = notice == null ? delivery.languages() : notice.content().texts().entrySet().stream()
                .filter(e -> complete(e.getValue())).map(Map.Entry::getKey).toList();
        List<LinkPage.Choice> languages = ordered(tags).stream()
                .map(tag -> new LinkPage.Choice(tag, names.own(tag), tag, names.direction(tag))).toList();
        List<LinkPage.Choice> channels = reference.channelKinds().stream().map(t -> new LinkPage.Choice(t.code(), t.name())).toList();
        List<LinkPage.Choice> areas = reference.areas().stream().map(a -> new LinkPage.Choice(a.code(), a.name())).toList();
        String read = notice == null ? null : "/public/notices/" + UriUtils.encodePathSegment(noticeId, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(notice.content().sourceLanguage(), StandardCharsets.UTF_8);
        return new LinkPage.Form(noticeId, organizationId, token, reference.about().displayName(Locale.forLanguageTag("sv")),
                reference.about().displayName(Locale.ENGLISH),
                delivery.headline(), read, languages, channels, areas);
    }

    /** The reference data's order (main language, easy-read, …), then any tag it does not list. */
    private List<String> ordered(List<String> tags) {
        List<String> ordered = new ArrayList<>(reference.languages().stream().map(l -> l.tag()).filter(tags::contains).toList());
        tags.stream().filter(tag -> !ordered.contains(tag)).forEach(ordered::add);
        return ordered;
    }

    private static boolean complete(NoticeText t) {
        return t != null && t.headline() != null && t.body() != null;
    }

    /** The form's fields as a relay, or the refusal naming every field to correct. */
    private Relay relay(String people, String language, String channel, String area) {
        Integer count = count(people);
        List<FieldProblem> problems = new ArrayList<>();
        if (count == null) {
            problems.add(new FieldProblem("people", "must be a whole number from 1 to 1000000"));
        }
        problems.addAll(chosen("language", language, ReferenceData.Kind.LANGUAGE));
        problems.addAll(chosen("channel", channel, ReferenceData.Kind.CHANNEL_KIND));
        problems.addAll(chosen("area", area, ReferenceData.Kind.AREA));
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The relay report is incomplete", problems);
        }
        return new Relay(count, language, channel, area, null);
    }

    private List<FieldProblem> chosen(String field, String code, ReferenceData.Kind kind) {
        return code == null || code.isBlank() || !reference.knows(kind, code)
                ? List.of(new FieldProblem(field, "choose one of the " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s offered"))
                : List.of();
    }

    private static Integer count(String people) {
        try {
            int n = Integer.parseInt(people == null ? "" : people.strip());
            return n >= 1 && n <= 1_000_000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<String> thanks(String noticeId, String organizationId, String token, String answered) {
        URI to = UriComponentsBuilder.fromPath("/public/notices/{notice}/deliveries/{organization}/thanks")
                .queryParam("token", token).queryParam("for", answered).encode().buildAndExpand(noticeId, organizationId).toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(to).build();
    }

    private void require(String token, String noticeId, String organizationId) {
        String problem = tokens.problem(token, noticeId, organizationId);
        if (problem != null) {
            throw new ForbiddenException("This acknowledgement link cannot be used: " + problem);
        }
    }
}
