package org.samverkan.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
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

/**
 * A registry instance that dies after saving but before publishing: its relay is switched off, which is exactly
 * the state a crash at that point leaves (the change and its event saved together, nothing on Kafka). A fresh
 * instance publishes the event. Runs on its own database so no other relay in this JVM interferes.
 */
class OutboxCrashTest {
    private static final String DATABASE = "registry-crash-test";
    private static final String TOPIC = "samverkan.registry.organization";

    @Test
    void anEventSavedButNotPublishedBeforeACrashIsPublishedOnRestart() {
        String id;
        try (ConfigurableApplicationContext crashing = start(false)) {
            TestHttp http = TestHttp.on(port(crashing));
            TestHttp.Response created = http.post("/api/organizations", null, "{\"name\": \"Vårby IK\", \"kind\": \"ASSOCIATION\"}");
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").asString();
            MongoTemplate mongo = crashing.getBean(MongoTemplate.class);
            assertThat(pending(mongo, id)).hasSize(1);
        }
        assertThat(eventsOf(id)).as("nothing was published before the crash").isEmpty();

        try (ConfigurableApplicationContext restarted = start(true)) {
            List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(20))
                    .until(() -> eventsOf(id), e -> !e.isEmpty());
            assertThat(events).hasSize(1);
            MongoTemplate mongo = restarted.getBean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> pending(mongo, id).isEmpty());
            TestHttp.Response now = TestHttp.on(port(restarted)).get("/api/organizations/" + id, TestTokens.role("registry-admin"));
            assertThat(now.json().get("version").asLong()).isEqualTo(1);
        }
        assertThat(eventsOf(id)).as("published exactly once").hasSize(1);
    }

    private static ConfigurableApplicationContext start(boolean relay) {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        return new SpringApplicationBuilder(RegistryApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri(DATABASE),
                "--samverkan.outbox.enabled=" + relay,
                "--samverkan.outbox.sweep-interval=200ms",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static List<Document> pending(MongoTemplate mongo, String id) {
        return mongo.findById(id, Document.class, "organizations").getList("pendingEvents", Document.class);
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String id) {
        return TopicProbe.readAll(TOPIC).stream().filter(r -> id.equals(r.key())).toList();
    }
}
