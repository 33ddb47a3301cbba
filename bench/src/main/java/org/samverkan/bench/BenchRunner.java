package org.samverkan.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.bson.Document;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.outbox.OutboxProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Runs (a) and (b), prints the figures and writes the auto-generated section of docs/benchmarks.md. */
@Component
class BenchRunner {
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final PipelineListener listener;
    private final KafkaProperties kafka;
    private final OutboxProperties outbox;
    private final JsonMapper json;
    private final Clock clock;

    @Value("${bench.raw.warmup:10000}") int rawWarmup;
    @Value("${bench.raw.records:50000}") int rawRecords;
    @Value("${bench.raw.paced-rate:1000}") int rawPacedRate;
    @Value("${bench.raw.paced-seconds:5}") int rawPacedSeconds;
    @Value("${bench.pipeline.warmup:300}") int pipelineWarmup;
    @Value("${bench.pipeline.aggregates:3000}") int pipelineAggregates;
    @Value("${bench.pipeline.threads:4}") int pipelineThreads;
    @Value("${bench.pipeline.paced-rate:20}") int pipelinePacedRate;
    @Value("${bench.pipeline.paced-seconds:10}") int pipelinePacedSeconds;
    @Value("${bench.pipeline.timeout-seconds:120}") long pipelineTimeout;
    @Value("${bench.docs:}") String docs;
    @Value("${bench.infra:not stated (run via bench/run.sh to detect it)}") String infra;
    @Value("${bench.broker:not detected}") String broker;
    @Value("${bench.store:not detected}") String storeLabel;
    @Value("${spring.mongodb.uri}") String mongoUri;
    @Value("${samverkan.events.source:/samverkan/${spring.application.name}}") String source;

    BenchRunner(MongoTemplate mongo, AggregateStore store, PipelineListener listener,
                KafkaProperties kafka, OutboxProperties outbox, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.listener = listener;
        this.kafka = kafka;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    int run() throws Exception {
        Instant started = Instant.now();
        Report.Machine machine = Report.Machine.detect();
        String bootstrap = String.join(",", kafka.getBootstrapServers());
        String kafkaInfo = describeBroker(bootstrap);
        String mongoVersion = mongo.executeCommand(new Document("buildInfo", 1)).get("version", "?");

        TypicalEvent typical = TypicalEvent.of(json, "/samverkan/stakeholder-registry");
        // What (b) puts on Kafka: its payload is a little larger, and there is no traceparent (no span around the save).
        String sampleId = "6f1c2a9e-3b1d-4f7e-9a51-0c2d8e7b4a13";
        byte[] benchValue = json.writeValueAsString(new BenchEvents.BenchItemRegistered(sampleId, "Bench förening 12345",
                "ASSOCIATION", "802002-8711", "PENDING", clock.instant(), Long.MIN_VALUE, Long.MAX_VALUE)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TypicalEvent benchEvent = new TypicalEvent(sampleId, benchValue, BenchEvents.REGISTERED, source, sampleId, typical.time(), null);
        System.out.printf("bench: typical event %d bytes (key %d + value %d + headers %d); broker %s; store %s (reports %s)%n",
                typical.totalBytes(), typical.keyBytes(), typical.value().length, typical.headerBytes(), broker, storeLabel, mongoVersion);

        // Clean slate for the pipeline so reruns are comparable.
        mongo.dropCollection(BenchApplication.AGGREGATES);
        mongo.dropCollection(BenchApplication.PROJECTION);
        awaitAssignment(bootstrap);

        System.out.printf("bench: (a) raw Kafka: %,d warm-up + %,d records flat out, then %d/s for %d s ...%n",
                rawWarmup, rawRecords, rawPacedRate, rawPacedSeconds);
        long t0 = System.nanoTime();
        List<Recorder.Result> raw = new RawKafkaBench(bootstrap, typical).run(rawWarmup, rawRecords, rawPacedRate, rawPacedSeconds);
        raw.forEach(r -> System.out.println("bench:   " + Report.line(r)));
        System.out.printf("bench: (a) took %.1f s%n", (System.nanoTime() - t0) / 1e9);

        System.out.printf("bench: (b) platform pipeline: %,d warm-up + %,d aggregates from %d threads, then %d/s for %d s ...%n",
                pipelineWarmup, pipelineAggregates, pipelineThreads, pipelinePacedRate, pipelinePacedSeconds);
        t0 = System.nanoTime();
        List<Recorder.Result> pipeline = new PipelineBench(store, listener, clock)
                .run(pipelineWarmup, pipelineAggregates, pipelineThreads, pipelinePacedRate, pipelinePacedSeconds, pipelineTimeout);
        pipeline.forEach(r -> System.out.println("bench:   " + Report.line(r)));
        System.out.printf("bench: (b) took %.1f s%n", (System.nanoTime() - t0) / 1e9);

        Report report = new Report(started, machine, infra, broker + " (" + kafkaInfo + ")",
                storeLabel + " (buildInfo version " + mongoVersion + ", " + mongoUri.replaceAll("//[^@/]*@", "//***@") + ")",
                AppInfoParser.getVersion(), typical, benchEvent, outbox,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), raw, pipeline,
                new Report.Counts(rawWarmup, rawRecords, rawPacedRate, rawPacedSeconds, pipelineWarmup, pipelineAggregates,
                        pipelineThreads, pipelinePacedRate, pipelinePacedSeconds));
        System.out.println();
        System.out.println(report.summary());
        if (!docs.isBlank()) {
            Path file = Path.of(docs);
            report.writeTo(file);
            System.out.println("bench: wrote the bench:platform section of " + file);
        }
        boolean complete = raw.stream().allMatch(Recorder.Result::complete) && pipeline.stream().allMatch(Recorder.Result::complete);
        return complete ? 0 : 2;
    }

    private String describeBroker(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var nodes = admin.describeCluster().nodes().get();
            var features = admin.describeFeatures().featureMetadata().get().finalizedFeatures();
            var mv = features.get("metadata.version");
            return nodes.size() + " node(s), metadata.version level " + (mv == null ? "?" : mv.maxVersionLevel());
        } catch (Exception e) {
            return "cluster not described: " + e;
        }
    }

    /** The consumer group has its partitions once a member of it is assigned some of the pipeline topic. */
    private void awaitAssignment(String bootstrap) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                var group = admin.describeConsumerGroups(java.util.List.of(BenchApplication.GROUP)).all().get().get(BenchApplication.GROUP);
                if (group.members().stream().anyMatch(m -> m.assignment().topicPartitions().stream()
                        .anyMatch(p -> p.topic().equals(BenchApplication.PIPELINE_TOPIC)))) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the bench consumer got no partitions of " + BenchApplication.PIPELINE_TOPIC + " within 60 s");
                }
                Thread.sleep(100);
            }
        }
    }
}
