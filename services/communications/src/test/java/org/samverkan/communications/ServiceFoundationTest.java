package org.samverkan.communications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service stands on the platform: its own database, probes, metrics, and no API without a valid token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceFoundationTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "communications");
    }

    @Test
    void readinessLivenessAndMetricsAnswerWithoutAToken() {
        TestHttp http = TestHttp.on(port);
        assertThat(http.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).body()).contains("application=\"communications\"");
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutAToken() {
        TestHttp.Response docs = TestHttp.on(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Samverkan communications API");
        assertThat(docs.json().get("components").get("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void theApiRefusesCallersWithoutAValidTokenAsAProblem() {
        TestHttp.Response anonymous = TestHttp.on(port).get("/api/anything", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(TestHttp.on(port).get("/api/anything", TestTokens.forged("crisis-staff")).status()).isEqualTo(401);
    }
}
