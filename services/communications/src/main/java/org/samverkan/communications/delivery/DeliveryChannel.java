package org.samverkan.communications.delivery;

import org.samverkan.communications.inbox.Inbox;
/**
 * One way to reach an organisation's inbox. Each channel is sent on by its own {@link ChannelSender} (a bounded pool
 * under the delivery's lease), so a slow or dead channel holds up only its own sends. A new transport for a kind
 * (an SMPP gateway for SMS) plugs in behind that kind's channel, not here.
 */
interface DeliveryChannel {
    /** The channel's name as deliveries report it ({@code email}, {@code sms}); also names its pool size. */
    String name();

    /** Where this inbox receives on this channel; null if it does not. */
    String address(Inbox inbox);

    /**
     * Sends, or throws saying why not. Runs on a virtual thread that is interrupted after the send timeout; blocking
     * socket I/O then fails at once, so an implementation needs no timeout of its own to be bounded.
     */
    void send(String address, DeliveryMessage message);

    /** Sends the message of delivery {@code deliveryId}; a channel whose answers come back later keeps the id to match them. */
    default void send(String deliveryId, String address, DeliveryMessage message) {
        send(address, message);
    }
}
