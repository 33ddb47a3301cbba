package org.samverkan.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.events.CloudEventHeaders;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.outbox.BinderEventPublisher;
import org.samverkan.platform.outbox.EventPublisher;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.samverkan.registry.RegistryApplication;
import org.samverkan.relayprobe.RelayProbe;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The broker dies while the first of a document's two events is on its way and is back before the relay would send
 * the second: the topic must still hold that aggregate's versions strictly in order, each once (1, 2), never the
 * second before the first (2, 1, 2 is what a relay that sends on after a failure produces). The outage is real: the
 * broker server shuts down and starts again on the same address, timed from inside the first send. Uses a broker of
 * its own, like {@link BrokerOutageTest}.
 */
// With BrokerOutageTest, after every test on the shared broker: see src/test/resources/junit-platform.properties.
@Order(Integer.MAX_VALUE - 1)
class OutboxOrderUnderBrokerOutageTest {
    private static final String EMBEDDED_BROKERS = "spring.embedded.kafka.brokers";
    private static BrokerServer server;
    private static String bootstrap;
    private static volatile String cutOn;
    private static final AtomicBoolean cut = new AtomicBoolean();

    @Test
    void aDocumentsEventsReachTheTopicInOrderWhenTheBrokerDiesBetweenThem() {
        TestInfrastructure.get();
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "true");
        String sharedBroker = System.getProperty(EMBEDDED_BROKERS);
        broker.afterPropertiesSet();
        System.setProperty(EMBEDDED_BROKERS, broker.getBrokersAsString());
        bootstrap = broker.getBrokersAsString();
        server = broker.getCluster().brokers().values().iterator().next();
        try (ConfigurableApplicationContext registry = start()) {
            AggregateStore store = registry.getBean(AggregateStore.class);
            MongoTemplate mongo = registry.getBean(MongoTemplate.class);
            // The topic exists and the producer knows its leader before the outage, as for any busy aggregate type.
            String warm = store.save(RelayProbe.withId(UUID.randomUUID().toString()).note("warm-up")).getId();
            await().atMost(Duration.ofSeconds(30)).until(() -> !versionsOf(warm).isEmpty());

            String id = UUID.randomUUID().toString();
            cutOn = id;
            store.save(RelayProbe.withId(id).note("first").note("second"));

            await().atMost(Duration.ofSeconds(60)).until(() -> cut.get() && pending(mongo, id).isEmpty());
            assertThat(versionsOf(id)).as("the aggregate's versions on its topic, in topic order").containsExactly(1L, 2L);
        } finally {
            broker.destroy();
            if (sharedBroker != null) {
                System.setProperty(EMBEDDED_BROKERS, sharedBroker);
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RegistryApplication.class, CutBetweenEvents.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--spring.kafka.producer.properties.max.block.ms=2000",
                "--spring.kafka.producer.properties.request.timeout.ms=1000",
                "--spring.kafka.producer.properties.delivery.timeout.ms=3000",
                "--spring.kafka.producer.properties.reconnect.backoff.max.ms=500",
                "--spring.mongodb.uri=" + TestInfrastructure.get().mongoUri("registry-order-test-" + UUID.randomUUID()),
                "--samverkan.outbox.sweep-interval=10m",
                "--samverkan.outbox.retry-interval=500ms",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
    }

    private static List<Document> pending(MongoTemplate mongo, String id) {
        return mongo.findById(id, Document.class, RelayProbe.COLLECTION).getList("pendingEvents", Document.class);
    }

    private static List<Long> versionsOf(String id) {
        return TopicProbe.readAll(bootstrap, RelayProbe.TOPIC).stream().filter(r -> id.equals(r.key()))
                .map(OutboxOrderUnderBrokerOutageTest::version).toList();
    }

    private static long version(ConsumerRecord<String, byte[]> record) {
        return Long.parseLong(new String(record.headers().lastHeader(CloudEventHeaders.AGGREGATE_VERSION).value(), StandardCharsets.UTF_8));
    }

    /** The relay's publisher, with the outage placed around the first event of the document under test. */
    @Configuration(proxyBeanMethods = false)
    static class CutBetweenEvents {
        @Bean
        @Primary
        EventPublisher cuttingPublisher(BinderEventPublisher real) {
            return (topic, key, payload, headers) -> {
                if (key.equals(cutOn) && "1".equals(headers.get(CloudEventHeaders.AGGREGATE_VERSION)) && cut.compareAndSet(false, true)) {
                    return sendDuringOutage(real, topic, key, payload, headers);
                }
                return real.publish(topic, key, payload, headers);
            };
        }

        private static CompletableFuture<Void> sendDuringOutage(BinderEventPublisher real, String topic, String key,
                                                                byte[] payload, Map<String, String> headers) {
            server.shutdown();
            CompletableFuture<Void> first = real.publish(topic, key, payload, headers);
            try {
                first.join();
            } catch (CompletionException expected) {
                // the broker was down for the whole of the producer's delivery timeout
            }
            assertThat(first).as("the first event failed in the outage").isCompletedExceptionally();
            server.startup();
            awaitBroker();
            return first;
        }

        private static void awaitBroker() {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> admin.describeTopics(List.of(RelayProbe.TOPIC)).allTopicNames().get().size() == 1);
            }
        }
    }
}
