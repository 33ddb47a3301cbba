package org.samverkan.platform.test;

import java.util.Locale;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB-wire store per test JVM, shared by every test and every Spring context in it.
 * Where Docker runs, Testcontainers gives a real MongoDB replica set and a real Kafka; elsewhere the in-process
 * KRaft broker of spring-kafka-test and mongo-java-server (memory backend, oplog on) stand in. The same tests run
 * either way. {@code SAMVERKAN_TEST_INFRA=embedded|containers|auto} (default auto) forces a choice.
 */
public final class TestInfrastructure {
    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static Infrastructure instance;

    private TestInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
        }
        return instance;
    }

    /** Points a Spring context at the shared broker and store, with its own database, and at the test token key. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        Infrastructure infra = get();
        registry.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> infra.mongoUri(database));
        TestTokens.register(registry);
        // Tests register from one address far faster than anyone should; the limit's own test sets it low.
        registry.add("samverkan.rate-limit.requests", () -> 1_000_000);
    }

    private static Infrastructure start() {
        String mode = System.getenv().getOrDefault("SAMVERKAN_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
        boolean containers = switch (mode) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        Infrastructure infra = containers ? new Containers() : new Embedded();
        log.info("Test infrastructure: {} (kafka {}, mongo {})", infra.name(), infra.kafkaBootstrapServers(), infra.mongoUri("<db>"));
        return infra;
    }

    private static boolean dockerAvailable() {
        // Ask Testcontainers only where an engine could be: it otherwise spends seconds probing and logging.
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    public interface Infrastructure {
        String name();

        String kafkaBootstrapServers();

        String mongoUri(String database);

        void stop();
    }

    static final class Embedded implements Infrastructure {
        private final EmbeddedKafkaKraftBroker kafka;
        private final MongoServer mongo;
        private final String mongoAddress;

        Embedded() {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.brokerProperty("log.flush.interval.messages", "1000000");
            kafka.afterPropertiesSet();
            mongo = new MongoServer(new HandshakingMemoryBackend());
            mongo.enableOplog();
            var address = mongo.bind();
            mongoAddress = address.getHostString() + ":" + address.getPort();
        }

        public String name() {
            return "in-process KRaft broker + mongo-java-server";
        }

        public String kafkaBootstrapServers() {
            return kafka.getBrokersAsString();
        }

        public String mongoUri(String database) {
            return "mongodb://" + mongoAddress + "/" + database;
        }

        public void stop() {
            mongo.shutdownNow();
            kafka.destroy();
        }
    }

    static final class Containers implements Infrastructure {
        private final KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
        private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0").withReplicaSet();

        Containers() {
            kafka.start();
            mongo.start();
        }

        public String name() {
            return "Testcontainers: Kafka + MongoDB replica set";
        }

        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        public String mongoUri(String database) {
            return mongo.getReplicaSetUrl(database);
        }

        public void stop() {
            kafka.stop();
            mongo.stop();
        }
    }
}
