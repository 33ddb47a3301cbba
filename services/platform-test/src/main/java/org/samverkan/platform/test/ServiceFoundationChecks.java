package org.samverkan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every service owes the platform, checked over real HTTP: probes open, metrics tagged with the service's name
 * and only for operators, its OpenAPI description served, and no API without a valid token. A service's test implements
 * this on top of the module's shared integration-test base, so the checks run in the context every other test uses
 * instead of starting one of their own.
 */
public interface ServiceFoundationChecks {
    /** The port the service under test listens on. */
    int port();

    /** The service's spring.application.name. */
    String service();

    @Test
    default void readinessAndLivenessAnswerWithoutAToken() {
        TestHttp http = TestHttp.on(port());
        assertThat(http.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    default void metricsAreTaggedAndOnlyForOperators() {
        TestHttp http = TestHttp.on(port());
        TestHttp.Response anonymous = http.get("/actuator/prometheus", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(http.get("/actuator/prometheus", TestTokens.role("crisis-staff")).status()).isEqualTo(403);
        TestHttp.Response operator = http.get("/actuator/prometheus", TestTokens.role("operator"));
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.body()).contains("application=\"" + service() + "\"");
    }

    @Test
    default void theOpenApiDescriptionIsServedWithoutAToken() {
        TestHttp.Response docs = TestHttp.on(port()).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Samverkan " + service() + " API");
        assertThat(docs.json().get("components").get("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    default void theApiRefusesCallersWithoutAValidTokenAsAProblem() {
        TestHttp.Response anonymous = TestHttp.on(port()).get("/api/anything", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(TestHttp.on(port()).get("/api/anything", TestTokens.forged("crisis-staff")).status()).isEqualTo(401);
        assertThat(TestHttp.on(port()).get("/api/anything", TestTokens.expired("crisis-staff")).status()).isEqualTo(401);
    }
}
