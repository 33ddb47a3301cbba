package org.samverkan.infra.mongo;

import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * MongoDB wire-compatible stand-in for local runs on machines without MongoDB:
 * mongo-java-server with the H2 file backend and the oplog enabled (change streams).
 *
 * <p>Usage: {@code MongoStandIn [--file PATH] [--host HOST] [--port PORT] [--durability sync|commit|background]};
 * defaults come from {@code MONGO_STANDIN_FILE} ({@code ./data/mongo/mongo.mv}), {@code MONGO_STANDIN_HOST}
 * ({@code 127.0.0.1}), {@code MONGO_STANDIN_PORT} ({@code 27017}) and {@code MONGO_STANDIN_DURABILITY}
 * ({@code sync}: no reply before its effects are committed and fsynced, see {@link Durability}). SIGTERM shuts the
 * server down and closes the H2 store, so the file stays consistent.
 */
public final class MongoStandIn {

    private MongoStandIn() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = Options.parse(args);
        Path file = Path.of(options.file).toAbsolutePath();
        Files.createDirectories(file.getParent());

        StandInBackend backend = new StandInBackend(file.toString(), options.durability);
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind(options.host, options.port);
        System.out.printf("mongo-standin listening on %s:%d (H2 file %s, oplog enabled, durability %s)%n",
                options.host, options.port, file, options.durability);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("mongo-standin shutting down");
            try {
                server.shutdown();
            } finally {
                backend.close();
                System.out.println("mongo-standin stopped, H2 store closed");
                stopped.countDown();
            }
        }, "mongo-standin-shutdown"));
        stopped.await();
    }

    private record Options(String file, String host, int port, Durability durability) {

        static Options parse(String[] args) {
            String file = env("MONGO_STANDIN_FILE", "./data/mongo/mongo.mv");
            String host = env("MONGO_STANDIN_HOST", "127.0.0.1");
            String port = env("MONGO_STANDIN_PORT", "27017");
            String durability = env("MONGO_STANDIN_DURABILITY", "sync");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--file" -> file = require(args[i], value);
                    case "--host" -> host = require(args[i], value);
                    case "--port" -> port = require(args[i], value);
                    case "--durability" -> durability = require(args[i], value);
                    default -> throw new IllegalArgumentException(
                            "unknown argument " + args[i] + " (expected --file, --host, --port, --durability)");
                }
                i++;
            }
            return new Options(file, host, Integer.parseInt(port), Durability.parse(durability));
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        private static String require(String flag, String value) {
            if (value == null) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return value;
        }
    }
}
