package org.samverkan.communications.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers from the link in a delivered message, without an account: the token must be signed for exactly this
 * notice and organisation and unexpired (see {@link AckTokens}); otherwise 403 and nothing changes.
 */
@Tag(name = "Deliveries")
// No token: the link's signature authorises (security: [] in the description).
@SecurityRequirements
@RestController
class SignedLinkController {
    private final DeliveryService deliveries;
    private final AckTokens tokens;

    SignedLinkController(DeliveryService deliveries, AckTokens tokens) {
        this.deliveries = deliveries;
        this.tokens = tokens;
    }

    @Operation(summary = "Confirm receipt with the signed link from the message")
    @PostMapping("/public/notices/{noticeId}/deliveries/{organizationId}/acknowledgement")
    DeliveryView acknowledge(@PathVariable String noticeId, @PathVariable String organizationId, @RequestParam String token) {
        require(token, noticeId, organizationId);
        return deliveries.acknowledge(noticeId, organizationId, "link");
    }

    @Operation(summary = "Report a relay with the signed link from the message")
    @PostMapping(value = "/public/notices/{noticeId}/deliveries/{organizationId}/relays", consumes = MediaType.APPLICATION_JSON_VALUE)
    DeliveryView relay(@PathVariable String noticeId, @PathVariable String organizationId, @RequestParam String token,
                       @Valid @RequestBody Relay relay) {
        require(token, noticeId, organizationId);
        return deliveries.relay(noticeId, organizationId, relay);
    }

    @Operation(summary = "The same relay report from the plain HTML form of the link page")
    @PostMapping(value = "/public/notices/{noticeId}/deliveries/{organizationId}/relays",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    DeliveryView relayForm(@PathVariable String noticeId, @PathVariable String organizationId, @RequestParam String token,
                           @RequestParam int people, @RequestParam String language, @RequestParam String channel,
                           @RequestParam String area) {
        if (people < 1) {
            throw new RuleViolationException("people", "must be at least 1");
        }
        return relay(noticeId, organizationId, token, new Relay(people, language, channel, area, null));
    }

    @Operation(summary = "The page the link opens: plain HTML forms to confirm receipt and report a relay")
    @GetMapping(value = "/public/notices/{noticeId}/deliveries/{organizationId}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String noticeId, @PathVariable String organizationId, @RequestParam String token) {
        require(token, noticeId, organizationId);
        return LinkPage.render(noticeId, organizationId, token);
    }

    private void require(String token, String noticeId, String organizationId) {
        String problem = tokens.problem(token, noticeId, organizationId);
        if (problem != null) {
            throw new ForbiddenException("This acknowledgement link cannot be used: " + problem);
        }
    }
}
