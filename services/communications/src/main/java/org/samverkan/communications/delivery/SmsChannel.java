package org.samverkan.communications.delivery;

import org.springframework.stereotype.Component;

/** SMS to the inbox's number, through whichever {@link SmsGateway} is configured (the simulator, or a real gateway). */
@Component
class SmsChannel implements DeliveryChannel {
    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
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
}
