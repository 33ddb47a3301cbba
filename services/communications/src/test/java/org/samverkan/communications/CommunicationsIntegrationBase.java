package org.samverkan.communications;

import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One communications context for all its tests, on the JVM's shared broker and store, and one SMTP server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.outbox.sweep-interval=200ms", "samverkan.consumer.retry-interval=100ms",
        "samverkan.communications.delivery.retry-interval=100ms", "samverkan.communications.delivery.sweep-interval=200ms",
        "samverkan.communications.token-secret=test-secret-of-at-least-32-bytes-length",
        "samverkan.communications.notifications.sweep-interval=200ms", "samverkan.communications.notifications.retry-interval=200ms",
        "samverkan.communications.notifications.review-to=equality-leads@kommun.test",
        "samverkan.communications.notifications.officers-to=officers@kommun.test",
        "samverkan.communications.notifications.portal-base-url=https://portal.kommun.test",
        "samverkan.communications.portal-public-base-url=https://www.kommun.test",
        "samverkan.communications.sms.gateway=simulator", "samverkan.communications.sms.simulator.unreachable=+46709999999"})
public abstract class CommunicationsIntegrationBase {
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "communications");
        TestSmtp.register(registry);
    }

    protected TestHttp http() {
        return TestHttp.on(port);
    }

    /** The fields named in a problem's errors array, in order. */
    public static List<String> errorFields(TestHttp.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
