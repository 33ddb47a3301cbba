package org.samverkan.platform;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.samverkan.platform.consumer.DeadLetterEndpoint;
import org.samverkan.platform.consumer.DeadLetterReplayer;
import org.samverkan.platform.consumer.EventConsumerConfiguration;
import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.outbox.OutboxMetrics;
import org.samverkan.platform.outbox.OutboxProperties;
import org.samverkan.platform.outbox.OutboxRelay;
import org.samverkan.platform.web.ApiDocumentation;
import org.samverkan.platform.web.ProblemDetailsAdvice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the event plumbing every service shares: outbox store and relay, consumer defaults, dead-letter replay, problem details. */
// Before Kafka's auto-configuration so the platform's listener factory and event template are the ones in use.
@AutoConfiguration(before = KafkaAutoConfiguration.class, after = {DataMongoAutoConfiguration.class, JacksonAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
@Import({EventConsumerConfiguration.class, ProblemDetailsAdvice.class, ApiDocumentation.class})
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** acks=all and idempotence: an acknowledged event is on every in-sync replica, retries never reorder or duplicate. */
    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(KafkaProperties kafka,
                                                     ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // A relay round waits at most this long for metadata when the broker is down, then retries later.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        customizers.orderedStream().forEach(c -> c.customize(factory));
        return new KafkaTemplate<>(factory);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry) {
        return new OutboxMetrics(registry);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> eventKafkaTemplate, OutboxProperties properties,
                            OutboxMetrics metrics, Clock clock, MongoMappingContext mapping,
                            @Value("${samverkan.events.source:/samverkan/${spring.application.name}}") String source) {
        Set<String> aggregateCollections = mapping.getPersistentEntities().stream()
                .filter(e -> AggregateRoot.class.isAssignableFrom(e.getType()))
                .map(e -> e.getCollection())
                .collect(Collectors.toSet());
        return new OutboxRelay(mongo, eventKafkaTemplate, properties, metrics, source, clock, aggregateCollections);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, Clock clock) {
        return new AggregateStore(mongo, json, relay, clock);
    }

    @Bean
    ProjectionWriter projectionWriter(MongoTemplate mongo) {
        return new ProjectionWriter(mongo);
    }

    @Bean
    DeadLetterReplayer deadLetterReplayer(KafkaProperties kafka, KafkaTemplate<String, byte[]> eventKafkaTemplate,
                                          @Value("${spring.kafka.consumer.group-id}") String group) {
        return new DeadLetterReplayer(kafka.buildConsumerProperties(), eventKafkaTemplate, group);
    }

    @Bean
    DeadLetterEndpoint deadLetterEndpoint(DeadLetterReplayer replayer) {
        return new DeadLetterEndpoint(replayer);
    }
}
