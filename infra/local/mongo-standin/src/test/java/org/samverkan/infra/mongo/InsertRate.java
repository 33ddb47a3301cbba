package org.samverkan.infra.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * What durability costs: acknowledged inserts per second into the stand-in process, one writer and eight, for each
 * {@link Durability}. Not a test; run by hand (docs/operations.md, "What a store crash can and cannot lose").
 */
public final class InsertRate {
    private InsertRate() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 5;
        for (Durability durability : Durability.values()) {
            Path directory = Files.createTempDirectory("standin-rate");
            try (StandInProcess store = StandInProcess.start(directory.resolve("mongo.mv"), StandInProcess.freePort(), durability);
                 MongoClient client = MongoClients.create(store.uri())) {
                MongoCollection<Document> writes = client.getDatabase("rate").getCollection("writes");
                run(writes, 1, 2, "warm-up");
                for (int writers : new int[] {1, 8}) {
                    double rate = run(writes, writers, seconds, durability + "-" + writers);
                    System.out.printf("durability=%s writers=%d inserts/s=%.0f%n", durability, writers, rate);
                }
            }
        }
    }

    private static double run(MongoCollection<Document> writes, int writers, long seconds, String prefix) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    writes.insertOne(new Document("_id", prefix + "-" + writer + "-" + n).append("payload", "x".repeat(200)));
                    done.incrementAndGet();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / (double) seconds;
    }
}
