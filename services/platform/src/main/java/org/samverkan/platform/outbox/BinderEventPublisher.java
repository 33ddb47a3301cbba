package org.samverkan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.samverkan.platform.events.CloudEventHeaders;
import org.samverkan.platform.events.CloudEventsHeaderMapper;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes through the binder's producer (one output binding per topic, {@link BinderOutputs}) without blocking per record:
 * each send carries a token, and the binder reports the broker's acknowledgement on the record-metadata channel
 * ({@link #CONFIRMATIONS}) or the failure on the error channel; both complete the send's future. The token never
 * reaches Kafka ({@link org.samverkan.platform.events.CloudEventsHeaderMapper} maps only the CloudEvents headers).
 */
public class BinderEventPublisher implements EventPublisher, DisposableBean {
    public static final String CONFIRMATIONS = "samverkanPublishConfirmations";
    static final String TOKEN = "samverkan_publishToken";
    private final BinderOutputs outputs;
    private final Duration timeout;
    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    public BinderEventPublisher(BindingService bindings, BeanFactory beans, Duration timeout) {
        this.outputs = new BinderOutputs(bindings, beans);
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<Void> publish(String topic, String key, byte[] payload, Map<String, String> headers) {
        String token = UUID.randomUUID().toString();
        CompletableFuture<Void> sent = new CompletableFuture<>();
        waiting.put(token, sent);
        sent.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, failure) -> waiting.remove(token));
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(payload).setHeader(TOKEN, token)
                .setHeader(KafkaHeaders.KEY, key == null ? null : key.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, value) -> message.setHeader(
                CloudEventHeaders.TRACEPARENT.equals(name) ? CloudEventsHeaderMapper.STORED_TRACEPARENT : name, value));
        try {
            if (!outputs.to(topic).send(message.build())) {
                sent.completeExceptionally(new IllegalStateException("The binder did not accept the event for " + topic));
            }
        } catch (RuntimeException refused) {
            sent.completeExceptionally(refused);
        }
        return sent;
    }

    @Override
    public void destroy() {
        outputs.destroy();
    }

    /** Subscribed to {@link #CONFIRMATIONS}: the broker acknowledged the record. */
    public MessageHandler confirmations() {
        return message -> complete(message, null);
    }

    /** Subscribed to the error channel: a send failed (other errors there are not ours and are passed over). */
    public MessageHandler failures() {
        return message -> {
            if (message instanceof ErrorMessage error && error.getPayload() instanceof MessagingException failure
                    && failure.getFailedMessage() != null) {
                complete(failure.getFailedMessage(), failure);
            }
        };
    }

    private void complete(Message<?> message, Throwable failure) {
        Object token = message.getHeaders().get(TOKEN);
        CompletableFuture<Void> sent = token == null ? null : waiting.remove(token.toString());
        if (sent != null) {
            if (failure == null) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(failure);
            }
        }
    }
}
