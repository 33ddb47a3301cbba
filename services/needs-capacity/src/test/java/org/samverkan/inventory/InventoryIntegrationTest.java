package org.samverkan.inventory;

import org.samverkan.inventory.messaging.FlakyConsumer;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One inventory context for all its tests, on the JVM's shared broker and store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.outbox.sweep-interval=200ms", "samverkan.consumer.retries=2", "samverkan.consumer.retry-interval=100ms"})
@Import(FlakyConsumer.class)
public abstract class InventoryIntegrationTest {
    public static final int RETRIES = 2;
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "inventory");
    }

    protected TestHttp http() {
        return TestHttp.on(port);
    }
}
