package org.samverkan.communications.delivery;

/**
 * What the SMS gateway receives back: operators' delivery receipts and recipients' replies. Each is stored before
 * this returns, so a gateway that acknowledges to the SMSC only afterwards loses none on a crash.
 */
public interface SmsInbound {
    /** A final receipt for the message part {@code messageId}: delivered, or not and the operator's status (stat, err). */
    void receipt(String messageId, boolean delivered, String status);

    /** A mobile-originated reply from {@code number}; the number is kept only as a keyed hash. */
    void reply(String number, String text);
}
