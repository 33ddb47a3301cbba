package org.samverkan.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.events.CloudEventHeaders;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.outbox.BinderEventPublisher;
import org.samverkan.platform.outbox.EventPublisher;
import org.samverkan.platform.outbox.OutboxMetrics;
import org.samverkan.platform.outbox.OutboxProperties;
import org.samverkan.platform.outbox.OutboxRelay;
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

/**
 * A round that lasts longer than the lease it started with (a slow broker acknowledging one record every 2.5 s, three
 * events, a 6 s lease) keeps its document: the relay renews the lease while it waits, so a second instance sweeping
 * the same store all along takes nothing over and the topic holds the versions once, in order.
 */
class OutboxLeaseTest {
    private static final Duration ACK_EVERY = Duration.ofMillis(2500);
    private static volatile String slowKey;
    private static final AtomicLong nextAckNanos = new AtomicLong();

    @Test
    void aRoundLongerThanItsLeaseKeepsItsDocumentWhileItsOwnerLives() {
        String database = "registry-lease-test-" + UUID.randomUUID();
        try (ConfigurableApplicationContext registry = start(database)) {
            AggregateStore store = registry.getBean(AggregateStore.class);
            MongoTemplate mongo = registry.getBean(MongoTemplate.class);
            String warm = store.save(RelayProbe.withId(UUID.randomUUID().toString()).note("warm-up")).getId();
            // Not exactly once: the first send to a new topic also binds and provisions it, which can outlast a short send timeout.
            await().atMost(Duration.ofSeconds(30)).until(() -> !versionsOf(warm).isEmpty());
            OutboxProperties properties = registry.getBean(OutboxRelay.Bounds.class).properties();
            assertThat(properties.lease()).as("the lease this test outlasts").isEqualTo(Duration.ofSeconds(6));
            OutboxRelay otherInstance = new OutboxRelay(mongo, registry.getBean(BinderEventPublisher.class), properties,
                    new OutboxMetrics(new SimpleMeterRegistry()), "/samverkan/stakeholder-registry", Clock.systemUTC(),
                    Set.of(RelayProbe.COLLECTION));

            String id = UUID.randomUUID().toString();
            slowKey = id;
            long started = System.nanoTime();
            store.save(RelayProbe.withId(id).note("one").note("two").note("three"));
            // The owner's round starts from the save's nudge; until it has claimed the document, a sweep of the other
            // instance may rightly take it (nobody holds it yet). The claim is what this test is about.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> mongo.findById(id, Document.class, RelayProbe.COLLECTION).get("outboxLease") != null);
            while (!pending(mongo, id).isEmpty() && System.nanoTime() - started < Duration.ofSeconds(30).toNanos()) {
                assertThat(otherInstance.sweep()).as("the other instance took over a live round's document").isZero();
                sleep(200);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the round outlasted its first lease")
                    .isGreaterThan(properties.lease());
            assertThat(pending(mongo, id)).isEmpty();
            assertThat(versionsOf(id)).containsExactly(1L, 2L, 3L);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        return new SpringApplicationBuilder(RegistryApplication.class, SlowBroker.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.kafka.producer.properties.max.block.ms=1000",
                "--spring.kafka.producer.properties.request.timeout.ms=1000",
                "--spring.kafka.producer.properties.delivery.timeout.ms=2000",
                "--spring.mongodb.uri=" + infra.mongoUri(database),
                "--samverkan.outbox.sweep-interval=10m",
                "--samverkan.outbox.send-timeout=3s",
                "--samverkan.outbox.lease=6s",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
    }

    private static List<Document> pending(MongoTemplate mongo, String id) {
        return mongo.findById(id, Document.class, RelayProbe.COLLECTION).getList("pendingEvents", Document.class);
    }

    private static List<Long> versionsOf(String id) {
        return TopicProbe.readAll(RelayProbe.TOPIC).stream().filter(r -> id.equals(r.key()))
                .map(r -> Long.parseLong(new String(r.headers().lastHeader(CloudEventHeaders.AGGREGATE_VERSION).value(),
                        StandardCharsets.UTF_8)))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The registry's relay publishes through a broker that acknowledges the slow key's records one per 2.5 s. */
    @Configuration(proxyBeanMethods = false)
    static class SlowBroker {
        @Bean
        @Primary
        EventPublisher slowPublisher(BinderEventPublisher real) {
            return (topic, key, payload, headers) -> {
                CompletableFuture<Void> sent = real.publish(topic, key, payload, headers);
                if (!key.equals(slowKey)) {
                    return sent;
                }
                return sent.thenCompose(ok -> {
                    long now = System.nanoTime();
                    long due = nextAckNanos.updateAndGet(previous -> Math.max(now, previous) + ACK_EVERY.toNanos());
                    return CompletableFuture.runAsync(() -> { },
                            CompletableFuture.delayedExecutor(due - now, TimeUnit.NANOSECONDS));
                });
            };
        }
    }
}
