package org.samverkan.communications.delivery;

import org.samverkan.communications.inbox.Inbox;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SMS to the inbox's number, through the configured {@link SmsGateway}. What it sent is noted in the {@link SmsTrail},
 * so receipts and replies find their delivery. Its pool is never larger than the gateway's window: a send would
 * otherwise wait for the window inside its send timeout.
 */
@Component
class SmsChannel implements DeliveryChannel {
    private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);
    private final SmsGateway gateway;
    private final SmsTrail trail;

    SmsChannel(SmsGateway gateway, SmsTrail trail, DeliveryProperties properties) {
        if (properties.poolSize(name()) > gateway.window()) {
            throw new IllegalStateException("samverkan.communications.delivery.pool-size.sms (" + properties.poolSize(name())
                    + ") must not exceed the SMS gateway's window (" + gateway.window() + ")");
        }
        this.gateway = gateway;
        this.trail = trail;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public String address(Inbox inbox) {
        return inbox.sms();
    }

    @Override
    public void send(String address, DeliveryMessage message) {
        gateway.send(address, message.sms());
    }

    @Override
    public void send(String deliveryId, String address, DeliveryMessage message) {
        List<String> messageIds = gateway.send(address, message.sms());
        try {
            trail.sent(deliveryId, address, messageIds);
        } catch (RuntimeException e) {
            // The SMS has gone out: failing the attempt would send it again. Only its receipt and replies go unmatched.
            log.warn("Delivery {}: the SMS went out but could not be noted for its receipts and replies: {}", deliveryId, e.toString());
        }
    }
}
