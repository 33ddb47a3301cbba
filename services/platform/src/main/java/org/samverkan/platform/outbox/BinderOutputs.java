package org.samverkan.platform.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.cloud.stream.messaging.DirectWithAttributesChannel;
import org.springframework.messaging.MessageChannel;

/**
 * One output binding per topic, bound through the binder like StreamBridge's, but sent to directly: the relay's
 * payloads are bytes with native encoding, so StreamBridge's pass-through function (its lock, conversion and
 * function observation on every record) only cost time. Binder, producer properties and error channels are the
 * binder's own, as with StreamBridge.
 */
final class BinderOutputs {
    private final BindingService bindings;
    private final BeanFactory beans;
    private final Map<String, MessageChannel> channels = new ConcurrentHashMap<>();

    BinderOutputs(BindingService bindings, BeanFactory beans) {
        this.bindings = bindings;
        this.beans = beans;
    }

    MessageChannel to(String topic) {
        return channels.computeIfAbsent(topic, this::bind);
    }

    private MessageChannel bind(String topic) {
        DirectWithAttributesChannel channel = new DirectWithAttributesChannel();
        channel.setComponentName(topic);
        channel.setBeanFactory(beans);
        bindings.bindProducer(channel, topic, true);
        return channel;
    }

    void destroy() {
        channels.keySet().forEach(topic -> bindings.unbindProducers(null, topic));
        channels.clear();
    }
}
