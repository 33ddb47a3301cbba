package org.samverkan.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.events.CloudEventHeaders;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.outbox.BinderEventPublisher;
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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The store fails in the middle of a relay round, after the round has leased its documents and before it sent
 * anything (the crash run's store kill found such documents waiting out the whole 90 s lease, then the next sweep).
 * The same relay takes them again as soon as the store answers; another instance still keeps off until the lease
 * runs out. The relays here are built on the real store and broker; only one read is made to fail.
 */
class OutboxStoreFailureTest {

    @Test
    void aRoundBrokenOffByTheStoreLeavesItsDocumentsToTheSameRelayAtOnce() {
        try (ConfigurableApplicationContext registry = start("registry-store-failure-" + UUID.randomUUID())) {
            FailingOnce store = new FailingOnce(registry.getBean(MongoTemplate.class));
            OutboxRelay relay = relay(registry, store);
            OutboxRelay otherInstance = relay(registry, registry.getBean(MongoTemplate.class));
            String id = UUID.randomUUID().toString();
            registry.getBean(AggregateStore.class).save(RelayProbe.withId(id).note("one").note("two"));

            store.failNextLeasedRead();
            assertThatThrownBy(relay::sweep).isInstanceOf(DataAccessResourceFailureException.class);
            assertThat(leaseOf(store, id)).as("the broken-off round's lease").isNotNull();

            assertThat(otherInstance.sweep()).as("another instance took a document whose lease is in force").isZero();
            assertThat(relay.sweep()).as("events the same relay published at once").isEqualTo(2);
            assertThat(versionsOf(id)).containsExactly(1L, 2L);
            assertThat(pending(store, id)).isEmpty();
        }
    }

    @Test
    void aRunningRelayTriesABrokenOffRoundsDocumentsAgainWithoutWaitingOutTheLease() {
        try (ConfigurableApplicationContext registry = start("registry-store-failure-" + UUID.randomUUID())) {
            FailingOnce store = new FailingOnce(registry.getBean(MongoTemplate.class));
            OutboxRelay relay = relay(registry, store);
            String id = UUID.randomUUID().toString();
            // Armed first: the start-up sweep's round reads the document and breaks off.
            store.failNextLeasedRead();
            registry.getBean(AggregateStore.class).save(RelayProbe.withId(id).note("one"));
            relay.start();
            try {
                // The lease is 60 s and the next regular sweep 10 minutes away: only a retry that takes the lease back is this soon.
                await().atMost(Duration.ofSeconds(20)).until(() -> versionsOf(id).equals(List.of(1L)));
                assertThat(store.failed).as("the injected failure happened").isTrue();
            } finally {
                relay.stop();
            }
        }
    }

    private static OutboxRelay relay(ConfigurableApplicationContext registry, MongoTemplate mongo) {
        OutboxProperties registrys = registry.getBean(OutboxRelay.Bounds.class).properties();
        // Enabled: the registry's own relay is off, these are the ones under test.
        OutboxProperties properties = new OutboxProperties(true, registrys.sweepInterval(), registrys.lease(),
                registrys.batchSize(), registrys.sendTimeout(), registrys.retryInterval(), registrys.quarantineAfter(),
                registrys.retryQueueLimit());
        assertThat(properties.lease()).as("the lease the relays would otherwise wait out").isEqualTo(Duration.ofSeconds(60));
        return new OutboxRelay(mongo, registry.getBean(BinderEventPublisher.class), properties,
                new OutboxMetrics(new SimpleMeterRegistry()), "/samverkan/stakeholder-registry", Clock.systemUTC(),
                Set.of(RelayProbe.COLLECTION));
    }

    /** The registry's own relay is off, so only the relays built by the test publish. */
    private static ConfigurableApplicationContext start(String database) {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        return new SpringApplicationBuilder(RegistryApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.kafka.producer.properties.max.block.ms=5000",
                "--spring.kafka.producer.properties.delivery.timeout.ms=10000",
                "--spring.mongodb.uri=" + infra.mongoUri(database),
                "--samverkan.outbox.enabled=false",
                "--samverkan.outbox.sweep-interval=10m",
                "--samverkan.outbox.retry-interval=1s",
                "--samverkan.outbox.send-timeout=15s",
                "--samverkan.outbox.lease=60s",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
    }

    private static Object leaseOf(MongoTemplate mongo, String id) {
        return mongo.findById(id, Document.class, RelayProbe.COLLECTION).get("outboxLease");
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

    /** The real template, whose next read of a round's leased documents fails as a store that went away does. */
    private static final class FailingOnce extends MongoTemplate {
        private final AtomicBoolean armed = new AtomicBoolean();
        private volatile boolean failed;

        FailingOnce(MongoTemplate real) {
            super(real.getMongoDatabaseFactory(), real.getConverter());
        }

        void failNextLeasedRead() {
            armed.set(true);
        }

        @Override
        public <T> List<T> find(Query query, Class<T> entityClass, String collectionName) {
            if (query.getQueryObject().containsKey("outboxLease.round") && armed.compareAndSet(true, false)) {
                failed = true;
                throw new DataAccessResourceFailureException("the store went away (injected)");
            }
            return super.find(query, entityClass, collectionName);
        }
    }
}
