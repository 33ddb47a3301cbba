package org.samverkan.platform.consumer;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.lease.Leases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The consumer side every service shares: typed consumer functions, their failure handling (wait out outages,
 * dead-letter what can never succeed) and the dead-letter replay. Bindings themselves are configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsumerProperties.class)
public class EventConsumerConfiguration {

    /**
     * The service's dead-letter topic, declared so that it is made as documented — one partition, kept until an
     * operator replays or deletes — and not as the binder's minimum partition count or the broker's retention
     * (a dead letter dropped after a week would be an event lost).
     */
    @Bean
    NewTopic deadLetterTopic(@Value("${spring.cloud.stream.default.group}") String group) {
        return TopicBuilder.name(DeadLetters.topicFor(group)).partitions(1).config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    @Bean
    ConsumerMetrics consumerMetrics(MeterRegistry registry) {
        return new ConsumerMetrics(registry);
    }

    @Bean
    EventConsumers eventConsumers(EventReader reader, ConsumerMetrics metrics) {
        return new EventConsumers(reader, metrics);
    }

    /** Writes dead letters with the failed record's own key, value and headers (acks=all, idempotent). */
    @Bean
    KafkaTemplate<byte[], byte[]> deadLetterKafkaTemplate(KafkaProperties kafka,
                                                          ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        // Boot's Kafka settings, which the binder's own producers also start from (spring.kafka.producer.*).
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        DefaultKafkaProducerFactory<byte[], byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        customizers.orderedStream().forEach(c -> c.customize(factory));
        return new KafkaTemplate<>(factory);
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler consumerPauseScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("consumer-pause-");
        scheduler.initialize();
        return scheduler;
    }

    @Bean
    ConsumerFailureHandling consumerFailureHandling(KafkaTemplate<byte[], byte[]> deadLetterKafkaTemplate, ConsumerProperties properties,
                                                    ConsumerMetrics metrics, ThreadPoolTaskScheduler consumerPauseScheduler,
                                                    ObjectProvider<ObservationRegistry> observations) {
        return new ConsumerFailureHandling(deadLetterKafkaTemplate, properties, metrics, consumerPauseScheduler,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }


    @Bean
    EventBindings eventBindings(Map<String, TypedEventConsumer> consumers, BindingServiceProperties bindings) {
        return new EventBindings(consumers, bindings);
    }

    @Bean
    DeadLetterReplayer deadLetterReplayer(KafkaProperties kafka, KafkaTemplate<byte[], byte[]> deadLetterKafkaTemplate,
                                          @Value("${spring.cloud.stream.default.group}") String group, EventBindings bindings,
                                          EventReader reader, Leases leases) {
        return new DeadLetterReplayer(kafka.buildConsumerProperties(), deadLetterKafkaTemplate, group, bindings, reader, leases);
    }

    @Bean
    DeadLetterEndpoint deadLetterEndpoint(DeadLetterReplayer replayer) {
        return new DeadLetterEndpoint(replayer);
    }

    @Bean
    ProjectionWriter projectionWriter(MongoTemplate mongo) {
        return new ProjectionWriter(mongo);
    }
}
