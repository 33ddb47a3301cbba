package org.samverkan.communications.delivery;

import java.util.List;

/**
 * Sends an SMS through the municipality's gateway; throws if the gateway refuses or cannot be reached. The SMPP
 * adapter ({@code samverkan.communications.sms.gateway=smpp}) is the real one; the simulator is for tests. Called on
 * the SMS channel's own leased pool, on a virtual thread interrupted after the send timeout.
 */
public interface SmsGateway {
    /** @return the gateway's message id of each part sent, which its delivery receipts name (none if it has no ids) */
    List<String> send(String number, String text);

    /** How many sends the gateway lets be under way at once; the SMS channel's pool must not be larger. */
    default int window() {
        return Integer.MAX_VALUE;
    }
}
