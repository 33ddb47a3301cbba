package org.samverkan.platform.test;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The bad-input suite against a running stack (bench/bad-input.sh): each service's cases, repeated with fresh
 * random ids until at least the wanted number of requests, record documents counted before and after.
 * Arguments: {@code minimumRequests mongoUri service...}, each service as {@code baseUrl|database|collection,collection|token}.
 * Prints one line per service and the summary {@code requests=N 5xx=N partial_writes=N}; exits 1 unless both are 0.
 */
public final class BadInputBench {
    private BadInputBench() {
    }

    public static void main(String[] args) {
        int minimum = Integer.parseInt(args[0]);
        List<String[]> services = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            services.add(args[i].split("\\|", 4));
        }
        int requests = 0;
        int serverErrors = 0;
        long partialWrites = 0;
        List<String> failures = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(args[1])) {
            for (String[] service : services) {
                BadInputSuite suite = new BadInputSuite(service[0], service[3]);
                List<BadRequests.Case> cases = BadRequests.of(suite.apiDocs(), System.nanoTime()).all();
                int rounds = Math.max(1, (int) Math.ceil((double) minimum / services.size() / cases.size()));
                MongoDatabase database = mongo.getDatabase(service[1]);
                List<String> collections = List.of(service[2].split(","));
                BadInputSuite.Result result = suite.run(cases, rounds, () -> collections.stream()
                        .mapToLong(c -> database.getCollection(c).countDocuments()).sum());
                System.out.println(service[0] + " " + result.summary() + " cases=" + cases.size() + " rounds=" + rounds
                        + " findings=" + result.failures().size());
                requests += result.requests();
                serverErrors += result.serverErrors();
                partialWrites += result.partialWrites();
                result.failures().stream().limit(20).forEach(f -> failures.add(service[0] + ": " + f));
            }
        }
        failures.forEach(System.out::println);
        System.out.println("requests=" + requests + " 5xx=" + serverErrors + " partial_writes=" + partialWrites);
        System.exit(serverErrors == 0 && partialWrites == 0 ? 0 : 1);
    }
}
