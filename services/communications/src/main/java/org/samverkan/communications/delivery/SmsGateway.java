package org.samverkan.communications.delivery;

/**
 * Sends an SMS through the municipality's gateway; throws if the gateway refuses or cannot be reached. The seam for a
 * real gateway (an SMPP adapter replaces the simulator with {@code samverkan.communications.sms.gateway}): it is
 * called on the SMS channel's own leased pool, on a virtual thread interrupted after the send timeout.
 */
public interface SmsGateway {
    void send(String number, String text);
}
