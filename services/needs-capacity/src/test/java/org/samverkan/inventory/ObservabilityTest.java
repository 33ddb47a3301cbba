package org.samverkan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;

class ObservabilityTest extends InventoryIntegrationBase {
    @Test
    void probesAreOpenAndMetricsTaggedForOperators() {
        assertThat(http().get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(http().get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http().get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(http().get("/actuator/prometheus", null).status()).isEqualTo(401);
        Response metrics = http().get("/actuator/prometheus", TestTokens.role("operator"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"needs-capacity\"").contains("jvm_memory_used_bytes");
    }

    @Test
    void otherActuatorEndpointsNeedAnOperator() {
        assertThat(http().get("/actuator/deadletters", null).status()).isEqualTo(401);
    }
}
