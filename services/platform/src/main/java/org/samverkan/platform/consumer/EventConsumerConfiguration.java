package org.samverkan.platform.consumer;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Listener defaults for every service: records read as String key and raw bytes (the platform reads the
 * CloudEvents envelope itself), bounded retries, then the record goes to the group's dead-letter topic with
 * the failure in headers ({@code kafka_dlt-exception-*}, {@code kafka_dlt-original-*}) and the consumer moves on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsumerProperties.class)
public class EventConsumerConfiguration {

    @Bean
    ConsumerMetrics consumerMetrics(MeterRegistry registry) {
        return new ConsumerMetrics(registry);
    }

    @Bean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> eventKafkaTemplate, ConsumerProperties properties,
                                          @Value("${spring.kafka.consumer.group-id}") String group, ConsumerMetrics metrics) {
        String deadLetterTopic = DeadLetters.topicFor(group);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(eventKafkaTemplate, (record, failure) -> {
            metrics.deadLettered(record.topic());
            return new TopicPartition(deadLetterTopic, -1);
        });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    @Bean
    NewTopic deadLetterTopic(@Value("${spring.kafka.consumer.group-id}") String group) {
        return TopicBuilder.name(DeadLetters.topicFor(group)).partitions(1).build();
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> kafkaListenerContainerFactory(
            KafkaProperties kafka, DefaultErrorHandler eventErrorHandler,
            ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(config);
        // Boot's customizers bind Kafka client metrics (including consumer lag) to Micrometer.
        customizers.orderedStream().forEach(c -> c.customize(consumers));
        factory.setConsumerFactory(consumers);
        factory.setCommonErrorHandler(eventErrorHandler);
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }
}
