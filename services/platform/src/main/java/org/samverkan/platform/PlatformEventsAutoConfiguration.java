package org.samverkan.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.samverkan.platform.consumer.EventConsumerConfiguration;
import org.samverkan.platform.events.CloudEventsHeaderMapper;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.lease.Leases;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.outbox.BinderEventPublisher;
import org.samverkan.platform.outbox.EventPublisher;
import org.samverkan.platform.outbox.OutboxEndpoint;
import org.samverkan.platform.outbox.OutboxMetrics;
import org.samverkan.platform.outbox.OutboxProperties;
import org.samverkan.platform.outbox.OutboxRelay;
import org.samverkan.platform.store.StoreOutageConfiguration;
import org.samverkan.platform.web.ApiDocumentation;
import org.samverkan.platform.web.ProblemDetailsAdvice;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.SubscribableChannel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the event plumbing every service shares: outbox store and relay publishing through the Spring Cloud Stream
 * binder, typed consumer functions with their failure handling and dead-letter replay, problem details.
 */
// Before Kafka's auto-configuration so the platform's dead-letter template is the application's only KafkaTemplate.
@AutoConfiguration(before = KafkaAutoConfiguration.class, after = {DataMongoAutoConfiguration.class, JacksonAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
@Import({EventConsumerConfiguration.class, StoreOutageConfiguration.class, ProblemDetailsAdvice.class, ApiDocumentation.class})
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    /** Named in {@code spring.cloud.stream.kafka.binder.header-mapper-bean-name}. */
    @Bean
    CloudEventsHeaderMapper cloudEventsHeaderMapper() {
        return new CloudEventsHeaderMapper();
    }

    @Bean
    Leases leases(MongoTemplate mongo, Clock clock) {
        return new Leases(mongo, clock);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry) {
        return new OutboxMetrics(registry);
    }

    /** The binder reports each acknowledged send here ({@code record-metadata-channel}). */
    @Bean(BinderEventPublisher.CONFIRMATIONS)
    DirectChannel samverkanPublishConfirmations() {
        return new DirectChannel();
    }

    /**
     * The configured outbox settings raised to the producer's own bound on one record, so the relay never gives up a
     * send (and its lease) while the producer could still deliver it.
     */
    @Bean
    OutboxRelay.Bounds outboxBounds(OutboxProperties configured, Environment env) {
        Duration maxBlock = producerSetting(env, "max.block.ms", 60_000);
        Duration delivery = producerSetting(env, "delivery.timeout.ms", 120_000);
        return new OutboxRelay.Bounds(configured.boundedBy(maxBlock, delivery));
    }

    /** The binder's producer properties win over Boot's, as in the binder itself; Kafka's defaults otherwise. */
    private static Duration producerSetting(Environment env, String name, long kafkaDefault) {
        String value = env.getProperty("spring.cloud.stream.kafka.binder.producer-properties." + name,
                env.getProperty("spring.kafka.producer.properties." + name, String.valueOf(kafkaDefault)));
        return Duration.ofMillis(Long.parseLong(value.trim()));
    }

    @Bean
    BinderEventPublisher binderEventPublisher(BindingService bindings, BeanFactory beans, OutboxRelay.Bounds bounds,
                                              @Qualifier(BinderEventPublisher.CONFIRMATIONS) SubscribableChannel confirmations,
                                              @Qualifier("errorChannel") SubscribableChannel errors) {
        BinderEventPublisher publisher = new BinderEventPublisher(bindings, beans, bounds.properties().sendTimeout());
        confirmations.subscribe(publisher.confirmations());
        errors.subscribe(publisher.failures());
        return publisher;
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxRelay.Bounds bounds,
                            OutboxMetrics metrics, Clock clock, MongoMappingContext mapping,
                            @Value("${samverkan.events.source:/samverkan/${spring.application.name}}") String source) {
        Set<String> aggregateCollections = mapping.getPersistentEntities().stream()
                .filter(e -> AggregateRoot.class.isAssignableFrom(e.getType()))
                .map(e -> e.getCollection())
                .collect(Collectors.toSet());
        return new OutboxRelay(mongo, publisher, bounds.properties(), metrics, source, clock, aggregateCollections);
    }

    @Bean
    OutboxEndpoint outboxEndpoint(OutboxRelay relay) {
        return new OutboxEndpoint(relay);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, Clock clock) {
        return new AggregateStore(mongo, json, relay, clock);
    }
}
