package org.samverkan.communications.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.platform.screening.NeverInEvents;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one place notice addresses are written: by the organisation's representatives, by registry administrators,
 * and by the registry's machine account forwarding the address given at registration (ADR 0017).
 */
@Tag(name = "Notice inboxes", description = "Where an organisation receives notices: its own organisational email and/or SMS number")
@RestController
class InboxController {
    /** The registry's machine account (client credentials), which forwards the address given at registration. */
    static final String FORWARDER = "notice-address-forwarder";
    static final String REGISTRY_ADMIN = "registry-admin";

    @NeverInEvents("an inbox is kept in the inboxes collection; deliveries name the organisation, not its address")
    record InboxRequest(@jakarta.validation.constraints.Email String email,
                        @jakarta.validation.constraints.Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an international (E.164) number such as +46701234567") String sms) {
    }

    private final MongoTemplate mongo;

    InboxController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Operation(summary = "Register or change an organisation's notice inbox (its representatives, registry administrators; "
            + "the registry's forwarder only sets one where none exists)")
    @PutMapping("/api/organizations/{organizationId}/inbox")
    Inbox register(@PathVariable String organizationId, @Valid @RequestBody InboxRequest request) {
        CurrentUser user = CurrentUser.get();
        boolean forwarder = user.has(FORWARDER);
        if (!forwarder) {
            requireOwnOrAdmin(user, organizationId);
        }
        if (blank(request.email()) && blank(request.sms())) {
            throw new RuleViolationException("email", "give an email address, an SMS number or both");
        }
        Inbox inbox = new Inbox(organizationId, blank(request.email()) ? null : request.email().strip(),
                blank(request.sms()) ? null : request.sms().strip());
        if (forwarder) {
            // A repeated forward (its acknowledgement was lost) must not undo a change made here meanwhile.
            Inbox existing = mongo.findById(organizationId, Inbox.class);
            if (existing != null) {
                return existing;
            }
            try {
                return mongo.insert(inbox);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                return mongo.findById(organizationId, Inbox.class);
            }
        }
        return mongo.save(inbox);
    }

    @Operation(summary = "An organisation's notice inbox (its representatives, registry administrators)")
    @GetMapping("/api/organizations/{organizationId}/inbox")
    Inbox get(@PathVariable String organizationId) {
        requireOwnOrAdmin(CurrentUser.get(), organizationId);
        Inbox inbox = mongo.findById(organizationId, Inbox.class);
        if (inbox == null) {
            throw new NotFoundException("Organisation " + organizationId + " has no notice inbox");
        }
        return inbox;
    }

    private static void requireOwnOrAdmin(CurrentUser user, String organizationId) {
        if (!user.represents(organizationId) && !user.has(REGISTRY_ADMIN)) {
            throw new ForbiddenException("Only a representative of " + organizationId
                    + " or a registry administrator manages its notice inbox");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
