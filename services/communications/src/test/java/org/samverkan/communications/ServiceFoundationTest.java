package org.samverkan.communications;

import org.samverkan.platform.test.ServiceFoundationChecks;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** communications stands on the platform: own database, probes, metrics, API docs, no API without a valid token. */
class ServiceFoundationTest extends ServiceFoundationChecks {
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "communications");
    }

    @Override
    protected String service() {
        return "communications";
    }
}
