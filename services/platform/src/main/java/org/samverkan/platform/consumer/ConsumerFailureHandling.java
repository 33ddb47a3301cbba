package org.samverkan.platform.consumer;

import java.util.function.BiFunction;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.samverkan.platform.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead letters of every binding, in its listener container rather than in the binding, because only
 * the container can pause the binding without losing its place: a transient failure pauses it and waits as long as
 * the outage lasts (re-classified at every failure, {@link ClassifiedBackOff}); an unreadable record goes to the binding's dead-letter topic at once; any other failure after
 * the binding's bounded attempts. The dead letter keeps the record as it was, with the reason in
 * {@code kafka_dlt-exception-*} and its origin in {@code kafka_dlt-original-*} headers.
 */
class ConsumerFailureHandling implements ListenerContainerWithDlqAndRetryCustomizer {
    private static final Logger log = LoggerFactory.getLogger(ConsumerFailureHandling.class);
    private final KafkaOperations<?, ?> deadLetterProducer;
    private final ConsumerProperties properties;
    private final ConsumerMetrics metrics;
    private final ListenerContainerPauseService pauser;
    private final OutageLog outages = new OutageLog();
    private final ObservationRegistry observations;

    ConsumerFailureHandling(KafkaOperations<?, ?> deadLetterProducer, ConsumerProperties properties, ConsumerMetrics metrics,
                            TaskScheduler scheduler, ObservationRegistry observations) {
        this.observations = observations;
        this.deadLetterProducer = deadLetterProducer;
        this.properties = properties;
        this.metrics = metrics;
        this.pauser = new ListenerContainerPauseService(null, scheduler);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destinationOf = dlqDestinationResolver != null
                ? dlqDestinationResolver : (record, failure) -> new TopicPartition(DeadLetters.topicFor(group), -1);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterProducer, (record, failure) -> {
            metrics.deadLettered(record.topic());
            log.warn("Record {}-{}@{} goes to the dead-letter topic: {}", record.topic(), record.partition(), record.offset(),
                    rootMessage(failure));
            return destinationOf.apply(record, failure);
        });
        // The dead letter names the handler's own failure, not the layers of the binding that carried it.
        ConsumerAwareRecordRecoverer unwrapping = (record, consumer, failure) -> recoverer.accept(record, consumer, cause(failure));
        ClassifiedBackOff classified = new ClassifiedBackOff(backOff == null ? new FixedBackOff(500, 3) : backOff, outageBackOff(),
                outages, destination);
        DefaultErrorHandler handler = new DefaultErrorHandler(unwrapping, classified, new ContainerPausingBackOffHandler(pauser));
        handler.setRetryListeners(classified);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        // Each retry is not an error; the outage log and the dead-letter warning say what matters.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        container.setCommonErrorHandler(handler);
        // Traces continue from each record's traceparent. The binder's own switch would also trace the relay's
        // producer, which must send the traceparent stored with the event, not a new one.
        container.getContainerProperties().setObservationRegistry(observations);
        container.getContainerProperties().setObservationEnabled(true);
    }

    /** Retries and dead letters are the container's (above), not the binding's retry template. */
    @Override
    public boolean retryAndDlqInBinding(String destination, String group) {
        return false;
    }

    private BackOff outageBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.outageBackoffInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.outageBackoffMax().toMillis());
        return backOff;
    }

    static Exception cause(Exception failure) {
        Exception cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof MessagingException)
                && cause.getCause() instanceof Exception inner && inner != cause) {
            cause = inner;
        }
        return cause;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
