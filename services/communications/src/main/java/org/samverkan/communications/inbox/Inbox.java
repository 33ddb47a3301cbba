package org.samverkan.communications.delivery;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's notice inbox: an organisational address (a shared mailbox, an SMS number of the association),
 * not a person's. Kept only here and never put in an event, so changing or removing it is one write.
 */
@Document("inboxes")
public record Inbox(@Id String organizationId, @Email String email,
                    @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an international (E.164) number such as +46701234567") String sms) {
}
