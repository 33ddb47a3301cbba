package org.samverkan.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.samverkan.registry.RegistryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The broker goes away while the registry keeps working: changes are still accepted (their events wait in the
 * documents), the relay keeps retrying calmly from its retry queue (the sweep is turned down here), and when a broker answers on the address again every waiting event
 * is published, once. The outage is real: the broker server shuts down and starts again on the same address. Uses a
 * broker of its own so the JVM's shared broker stays up.
 */
// Last in the module: see src/test/resources/junit-platform.properties.
@Order(Integer.MAX_VALUE)
class BrokerOutageTest {
    private static final String TOPIC = "samverkan.registry.organization";
    private static final String EMBEDDED_BROKERS = "spring.embedded.kafka.brokers";

    @Test
    void changesMadeDuringABrokerOutageArePublishedOnceTheBrokerIsBack() throws Exception {
        TestInfrastructure.get(); // the shared broker first, so this test's broker is the one the property names
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "true");
        // The Kafka binder prefers this JVM-wide property (set by in-process brokers) to configured brokers: it names
        // this test's broker while the test runs, and the shared test broker again afterwards.
        String sharedBroker = System.getProperty(EMBEDDED_BROKERS);
        broker.afterPropertiesSet();
        System.setProperty(EMBEDDED_BROKERS, broker.getBrokersAsString());
        String bootstrap = broker.getBrokersAsString();
        BrokerServer server = broker.getCluster().brokers().values().iterator().next();
        try (ConfigurableApplicationContext registry = start(bootstrap)) {
            TestHttp http = TestHttp.on(((WebServerApplicationContext) registry).getWebServer().getPort());
            String before = register(http, "Segeltorps missionsförsamling");
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(bootstrap, before).size() == 1);

            server.shutdown();
            String during = register(http, "Sjödalens seniorer");
            MeterRegistry meters = registry.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> meters.counter("samverkan.outbox.relay.failures").count() > 0);
            MongoTemplate mongo = registry.getBean(MongoTemplate.class);
            assertThat(mongo.findById(during, Document.class, "organizations").getList("pendingEvents", Document.class))
                    .as("the event waits in its document during the outage").hasSize(1);

            server.startup();
            assertThat(broker.getCluster().bootstrapServers()).as("the broker is back where it was").isEqualTo(bootstrap);
            await().atMost(Duration.ofSeconds(60)).until(() -> eventsOf(bootstrap, during).size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    mongo.findById(during, Document.class, "organizations").getList("pendingEvents", Document.class).isEmpty());
            assertThat(eventsOf(bootstrap, during)).as("published once").hasSize(1);
        } finally {
            broker.destroy();
            if (sharedBroker != null) {
                System.setProperty(EMBEDDED_BROKERS, sharedBroker);
            }
        }
    }

    private static String register(TestHttp http, String name) {
        TestHttp.Response created = http.post("/api/organizations", null, "{\"name\": \"" + name + "\", \"kind\": \"FAITH_COMMUNITY\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static ConfigurableApplicationContext start(String bootstrap) {
        return new SpringApplicationBuilder(RegistryApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--spring.kafka.producer.properties.max.block.ms=2000",
                "--spring.kafka.producer.properties.request.timeout.ms=1000",
                "--spring.kafka.producer.properties.delivery.timeout.ms=3000",
                "--spring.kafka.producer.properties.reconnect.backoff.max.ms=500",
                "--spring.mongodb.uri=" + TestInfrastructure.get().mongoUri("registry-outage-test"),
                // The sweep runs at start-up only: recovery must come from the relay's own retries.
                "--samverkan.outbox.sweep-interval=10m",
                "--samverkan.outbox.retry-interval=500ms",
                "--samverkan.outbox.send-timeout=5s",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String bootstrap, String id) {
        return TopicProbe.readAll(bootstrap, TOPIC).stream().filter(r -> id.equals(r.key())).toList();
    }
}
