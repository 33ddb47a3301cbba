package org.samverkan.communications.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.samverkan.platform.screening.NeverInEvents;

@Tag(name = "Notice inboxes", description = "Where an organisation receives notices: its own organisational email and/or SMS number")
@RestController
class InboxController {
    @NeverInEvents("an inbox is kept in the inboxes collection; deliveries name the organisation, not its address")
    record InboxRequest(@jakarta.validation.constraints.Email String email,
                        @jakarta.validation.constraints.Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an international (E.164) number such as +46701234567") String sms) {
    }

    private final MongoTemplate mongo;

    InboxController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Operation(summary = "Register or change your organisation's notice inbox (representatives, own organisation only)")
    @PutMapping("/api/organizations/{organizationId}/inbox")
    Inbox register(@PathVariable String organizationId, @Valid @RequestBody InboxRequest request) {
        requireRepresentative(organizationId);
        if (blank(request.email()) && blank(request.sms())) {
            throw new RuleViolationException("email", "give an email address, an SMS number or both");
        }
        Inbox inbox = new Inbox(organizationId, blank(request.email()) ? null : request.email().strip(),
                blank(request.sms()) ? null : request.sms().strip());
        return mongo.save(inbox);
    }

    @Operation(summary = "Your organisation's notice inbox")
    @GetMapping("/api/organizations/{organizationId}/inbox")
    Inbox get(@PathVariable String organizationId) {
        requireRepresentative(organizationId);
        Inbox inbox = mongo.findById(organizationId, Inbox.class);
        if (inbox == null) {
            throw new NotFoundException("Organisation " + organizationId + " has no notice inbox");
        }
        return inbox;
    }

    private static void requireRepresentative(String organizationId) {
        if (!CurrentUser.get().represents(organizationId)) {
            throw new ForbiddenException("Only a representative of " + organizationId + " manages its notice inbox");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
