package org.samverkan.registry.noticeaddress;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.NeverInEvents;

/**
 * Where the organisation itself receives notices: an organisational e-mail (a shared mailbox) and/or an SMS number of
 * the association — not a person's, and not the applicant's own e-mail. Given at registration, kept on the record
 * only until it is forwarded to communications, which is the one owner of notice addresses (ADR 0017).
 */
@NeverInEvents("forwarded to communications' inboxes over HTTP; registry events and views leave it out")
public record NoticeAddress(@Email @Size(max = 254) String email,
                            @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an international (E.164) number such as +46701234567") String sms) {

    public NoticeAddress {
        email = blankToNull(email);
        sms = blankToNull(sms);
    }

    /** Neither an e-mail nor a number (not named isEmpty: the API schema would take it for a field). */
    public boolean none() {
        return email == null && sms == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
