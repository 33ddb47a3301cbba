package org.samverkan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The bad-input suite as one test of a service in its own JVM: every generated case refused, nothing written. */
public final class BadInputChecks {
    private BadInputChecks() {
    }

    /**
     * @param records the collections of the service's records, which a request could create (not its leases and
     *                projections, which it writes on its own schedule)
     */
    public static BadInputSuite.Result assertEveryBadRequestRefused(int port, String token, MongoTemplate mongo, String... records) {
        BadInputSuite suite = new BadInputSuite("http://127.0.0.1:" + port, token);
        BadRequests requests = BadRequests.of(suite.apiDocs(), 17);
        List<BadRequests.Case> cases = requests.all();
        BadInputSuite.Result result = suite.run(cases, 1, () -> documents(mongo, List.of(records)), true);
        System.out.println("bad-input port " + port + ": " + result.summary() + " cases=" + cases.size());
        assertThat(result.failures()).as(result.summary() + " collections " + counts(mongo)).isEmpty();
        assertThat(result.serverErrors()).isZero();
        assertThat(result.partialWrites()).as("documents written by refused requests").isZero();
        assertThat(requests.unboundedPagingParameters()).as("paging parameters without a maximum").isEmpty();
        assertThat(result.requests()).as("cases generated from the OpenAPI description").isGreaterThan(100);
        return result;
    }

    static long documents(MongoTemplate mongo, List<String> records) {
        assertThat(records).as("record collections to count").isNotEmpty();
        return records.stream()
                .mapToLong(name -> mongo.getCollection(name).countDocuments()).sum();
    }

    private static java.util.Map<String, Long> counts(MongoTemplate mongo) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        mongo.getCollectionNames().forEach(name -> counts.put(name, mongo.getCollection(name).countDocuments()));
        return counts;
    }
}
