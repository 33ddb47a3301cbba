package org.samverkan.communications.inbox;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's notice address: an organisational e-mail (a shared mailbox) and/or SMS number of the
 * association, not a person's. This collection is the one place notice addresses are kept (ADR 0017): the registry
 * forwards the address given at registration here and keeps no copy; it is never put in an event, so changing or
 * removing it is one write.
 */
@Document("inboxes")
public record Inbox(@Id String organizationId, @Email String email,
                    @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an international (E.164) number such as +46701234567") String sms) {

    /** Whether any channel can reach the organisation through this inbox. */
    public boolean hasAddress() {
        return email != null || sms != null;
    }
}
