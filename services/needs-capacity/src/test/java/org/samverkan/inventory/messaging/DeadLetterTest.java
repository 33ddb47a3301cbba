package org.samverkan.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;

/** Poison messages: bounded retries, then the group's dead-letter topic with the reason, and the consumer keeps going. */
class DeadLetterTest extends InventoryIntegrationBase {
    private static final String DLT = "needs-capacity.dlt";
    @Autowired
    FlakyConsumer flaky;

    @Test
    void aRecordThatIsNotJsonIsDeadLetteredAtOnceAndLaterRecordsAreStillProcessed() {
        String poison = UUID.randomUUID().toString();
        RegistryRecords.send(RegistryRecords.event(poison, 1, "OrganizationRegistered", "{not json"));
        String healthy = UUID.randomUUID().toString();
        RegistryRecords.send(RegistryRecords.registered(healthy, 1, "Flemingsbergs IF"));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(poison);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(RegistryRecords.TOPIC);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not JSON");
        assertThat(header(dead, "ce_id")).as("the original CloudEvents headers travel along").isNotNull();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().get("/api/organizations/" + healthy, TestTokens.role("crisis-staff")).status() == 200);
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsDeadLettered() {
        String poison = UUID.randomUUID().toString();
        RegistryRecords.send(new ProducerRecord<>(RegistryRecords.TOPIC, poison, "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(header(awaitDeadLetter(poison), "kafka_dlt-exception-message")).contains("Missing CloudEvents header");
    }

    @Test
    void aFailingHandlerIsRetriedABoundedNumberOfTimesThenDeadLetteredAndReplayedOnceFixed() {
        String poison = "poison-" + UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();
        RegistryRecords.send(FlakyConsumer.record(poison));
        RegistryRecords.send(FlakyConsumer.record(next));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(poison);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("cannot handle " + poison);
        await().atMost(Duration.ofSeconds(20)).until(() -> flaky.processed.contains(next));
        assertThat(flaky.attempts.get(poison).get()).as("first attempt plus the retries").isEqualTo(1 + RETRIES);

        Response refused = http().post("/actuator/deadletters", TestTokens.role("crisis-staff"), null);
        assertThat(refused.status()).as("only operators replay dead letters").isEqualTo(403);
        Response waiting = http().get("/actuator/deadletters", TestTokens.role("operator"));
        assertThat(waiting.json().get("waiting").asLong()).isGreaterThanOrEqualTo(1);

        flaky.broken.set(false);
        Response replay = http().post("/actuator/deadletters", TestTokens.role("operator"), null);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("replayed").asInt()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> flaky.processed.contains(poison));
        assertThat(flaky.processed.stream().filter(poison::equals)).hasSize(1);
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.readAll(DLT).stream().filter(r -> key.equals(r.key())).toList(), l -> !l.isEmpty());
        return dead.getFirst();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
