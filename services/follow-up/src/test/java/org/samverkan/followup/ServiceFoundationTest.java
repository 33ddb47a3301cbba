package org.samverkan.followup;

import org.samverkan.platform.test.ServiceFoundationChecks;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** follow-up stands on the platform: own database, probes, metrics, API docs, no API without a valid token. */
class ServiceFoundationTest extends ServiceFoundationChecks {
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "followup");
    }

    @Override
    protected String service() {
        return "follow-up";
    }
}
