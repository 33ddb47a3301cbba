package org.samverkan.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * (a) Plain kafka-clients: one producer with the platform's settings, one consumer assigned to every partition.
 * Each record is a typical platform event (same key, value and CloudEvents headers as the outbox relay sends)
 * plus two 8-byte bench headers: the phase token and the JVM nanoTime taken just before send().
 */
final class RawKafkaBench {
    static final String SENT = "bench-sent";
    static final String PHASE = "bench-phase";

    private final String bootstrap;
    private final TypicalEvent typical;
    private final AtomicReference<Recorder> current = new AtomicReference<>();
    private volatile boolean running = true;

    RawKafkaBench(String bootstrap, TypicalEvent typical) {
        this.bootstrap = bootstrap;
        this.typical = typical;
    }

    /** The producer settings the platform's eventKafkaTemplate uses (PlatformEventsAutoConfiguration). */
    static Map<String, Object> platformProducerSettings() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }

    List<Recorder.Result> run(int warmup, int records, int pacedRate, int pacedSeconds) throws Exception {
        Map<String, Object> producerConfig = platformProducerSettings();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-raw-producer");
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-raw-consumer",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig);
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = consumer.partitionsFor(BenchApplication.RAW_TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end offsets before anything is sent
            CountDownLatch stopped = new CountDownLatch(1);
            Thread poller = Thread.ofPlatform().name("bench-raw-consumer").start(() -> {
                try {
                    while (running) {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                            long now = System.nanoTime();
                            Recorder recorder = current.get();
                            if (recorder != null && longHeader(r, PHASE) == recorder.token) {
                                recorder.record(longHeader(r, SENT), now);
                            }
                        }
                    }
                } finally {
                    stopped.countDown();
                }
            });
            try {
                producer.partitionsFor(BenchApplication.RAW_TOPIC); // metadata + producer id before timing
                phase(producer, new Recorder("raw warm-up", token(), warmup), 0);
                Recorder.Result flat = phase(producer, new Recorder("raw", token(), records), 0)
                        .result("flat out, 1 producer thread");
                Recorder.Result paced = phase(producer, new Recorder("raw paced", token(), pacedRate * pacedSeconds), pacedRate)
                        .result("paced at " + pacedRate + "/s");
                return List.of(flat, paced);
            } finally {
                running = false;
                stopped.await(5, TimeUnit.SECONDS);
                poller.join(5000);
            }
        }
    }

    private Recorder phase(KafkaProducer<String, byte[]> producer, Recorder recorder, int ratePerSecond) throws Exception {
        current.set(recorder);
        byte[] phase = longBytes(recorder.token);
        long interval = ratePerSecond > 0 ? 1_000_000_000L / ratePerSecond : 0;
        long start = System.nanoTime();
        recorder.firstStart = start;
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int i = 0; i < recorder.expected; i++) {
            if (interval > 0) {
                long due = start + i * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            RecordHeaders headers = typical.headers();
            headers.add(new RecordHeader(PHASE, phase));
            long sent = System.nanoTime();
            headers.add(new RecordHeader(SENT, longBytes(sent)));
            producer.send(new ProducerRecord<>(BenchApplication.RAW_TOPIC, null, UUID.randomUUID().toString(), typical.value(), headers),
                    (metadata, e) -> { if (e != null) failure.compareAndSet(null, e); });
        }
        recorder.lastStartReturned = System.nanoTime();
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Sending to Kafka failed in phase " + recorder.name, failure.get());
        }
        if (!recorder.await(120)) {
            System.err.println("bench: phase " + recorder.name + " timed out waiting for records");
        }
        return recorder;
    }

    static long token() {
        return UUID.randomUUID().getMostSignificantBits();
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static long longHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != Long.BYTES ? Long.MIN_VALUE : ByteBuffer.wrap(header.value()).getLong();
    }

    static int headerBytes(RecordHeaders headers) {
        int size = 0;
        for (Header h : headers) {
            size += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        return size;
    }
}
