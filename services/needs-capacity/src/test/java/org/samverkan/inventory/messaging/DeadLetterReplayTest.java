package org.samverkan.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A replay re-delivers dead letters to the consumer that failed them, in this service, never through the source
 * topic; a record that fails again goes back once; concurrent replays replay once; a dead letter that names no
 * origin is reported and skipped without stopping the rest; an unknown type never becomes a metric tag.
 */
class DeadLetterReplayTest extends InventoryIntegrationBase {
    private static final String DLT = "needs-capacity.dlt";
    private static final String OPERATOR = TestTokens.role("operator");
    @Autowired
    FlakyConsumer flaky;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void handlerFails() {
        flaky.broken.set(true);
    }

    @Test
    void aReplayReachesOnlyTheConsumerThatFailedAndWritesNothingToTheSourceTopic() {
        String poison = deadLettered();
        int onSourceTopic = TopicProbe.readAll(FlakyConsumer.TOPIC).size();

        flaky.broken.set(false);
        Response replay = http().post("/actuator/deadletters", OPERATOR, null);

        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(replay.json().get("replayed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(flaky.processed.stream().filter(poison::equals)).as("handled once, by the failed consumer").hasSize(1);
        assertThat(TopicProbe.readAll(FlakyConsumer.TOPIC)).as("nothing written to the source topic").hasSize(onSourceTopic);
        assertThat(deadLetters(poison)).hasSize(1);
    }

    @Test
    void aRecordThatFailsAgainGoesBackToTheDeadLetterTopicOnce() {
        String poison = deadLettered();
        int onSourceTopic = TopicProbe.readAll(FlakyConsumer.TOPIC).size();

        Response replay = http().post("/actuator/deadletters", OPERATOR, null);

        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(replay.json().get("failedAgain").size()).isGreaterThanOrEqualTo(1);
        List<ConsumerRecord<String, byte[]>> dead = deadLetters(poison);
        assertThat(dead).as("the original dead letter and one more").hasSize(2);
        assertThat(header(dead.getLast(), "kafka_dlt-exception-message")).contains("cannot handle " + poison);
        assertThat(header(dead.getLast(), "kafka_dlt-original-topic")).isEqualTo(FlakyConsumer.TOPIC);
        assertThat(TopicProbe.readAll(FlakyConsumer.TOPIC)).hasSize(onSourceTopic);
        assertThat(flaky.processed).doesNotContain(poison);
    }

    @Test
    void twoConcurrentReplaysReplayEachDeadLetterOnce() {
        String poison = deadLettered();
        flaky.broken.set(false);

        var first = CompletableFuture.supplyAsync(() -> http().post("/actuator/deadletters", OPERATOR, null));
        var second = CompletableFuture.supplyAsync(() -> http().post("/actuator/deadletters", OPERATOR, null));

        assertThat(List.of(first.join().status(), second.join().status())).allMatch(s -> s == 200 || s == 409);
        assertThat(flaky.processed.stream().filter(poison::equals)).hasSize(1);
        assertThat(deadLetters(poison)).as("not dead-lettered again").hasSize(1);
    }

    @Test
    void aDeadLetterWithoutItsOriginIsReportedAndSkippedAndTheRestAreReplayed() {
        String orphan = "orphan-" + UUID.randomUUID();
        RegistryRecords.send(new ProducerRecord<>(DLT, orphan, "{}".getBytes(StandardCharsets.UTF_8)));
        String poison = deadLettered();
        flaky.broken.set(false);

        Response replay = http().post("/actuator/deadletters", OPERATOR, null);

        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(replay.json().get("skipped").toString()).contains("kafka_dlt-original-topic");
        assertThat(flaky.processed).contains(poison);
    }

    @Test
    void anUnknownEventTypeIsDeadLetteredAndCountedAsUnknownNotByItsName() {
        String id = UUID.randomUUID().toString();
        RegistryRecords.send(RegistryRecords.event(id, 1, "OrganizationRenamed", "{\"organizationId\": \"" + id + "\"}"));

        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(id), l -> !l.isEmpty()).getFirst();
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("OrganizationRenamed").contains("does not know");
        assertThat(meters.find("samverkan.events.consumed").tag("type", "unknown").counter()).isNotNull();
        assertThat(meters.find("samverkan.events.consumed").tag("type", "org.samverkan.registry.OrganizationRenamed").counter())
                .isNull();
    }

    private String deadLettered() {
        String poison = "poison-" + UUID.randomUUID();
        RegistryRecords.send(FlakyConsumer.record(poison));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(poison).size() == 1);
        return poison;
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
        return TopicProbe.readAll(DLT).stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
