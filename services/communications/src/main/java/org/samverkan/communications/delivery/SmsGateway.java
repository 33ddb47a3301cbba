package org.samverkan.communications.delivery;

/** Sends an SMS through the municipality's gateway; throws if the gateway refuses or cannot be reached. */
public interface SmsGateway {
    void send(String number, String text);
}
