package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Anonymous self-registration is limited per client address: beyond the limit, 429 problem+json with Retry-After
 * and nothing written. The test client connects from loopback, a trusted proxy, so X-Forwarded-For names the
 * client, as the portal's calls do; another client is not throttled by the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfRegistrationLimitTest {
    private static final int LIMIT = 3;
    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "registry-limit");
        registry.add("samverkan.rate-limit.requests", () -> LIMIT);
        registry.add("samverkan.rate-limit.window", () -> "10m");
    }

    private HttpResponse<String> register(String client, String name) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/organizations"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"kind\": \"VOLUNTARY_GROUP\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientBeyondTheLimitGets429WithRetryAfterAndOtherClientsAreNotThrottled() throws Exception {
        for (int i = 1; i <= LIMIT; i++) {
            assertThat(register("198.51.100.7", "Grupp " + i).statusCode()).isEqualTo(201);
        }
        long before = mongo.count(new Query(), "organizations");
        HttpResponse<String> refused = register("198.51.100.7", "Grupp 4");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":429");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(mongo.count(new Query(), "organizations")).isEqualTo(before);

        assertThat(register("203.0.113.20", "En annan grupp").statusCode()).as("another client's own allowance").isEqualTo(201);
        assertThat(register("203.0.113.20, 198.51.100.7", "Förfalskad").statusCode())
                .as("the nearest untrusted hop counts, not what a client wrote before it").isEqualTo(429);
    }
}
