package org.samverkan.platform.consumer;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code GET /actuator/deadletters} tells how many records wait; {@code POST /actuator/deadletters} re-delivers them
 * to the consumers that failed them (409 while another replay of this service runs). Operators only.
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {
    private final DeadLetterReplayer replayer;

    public DeadLetterEndpoint(DeadLetterReplayer replayer) {
        this.replayer = replayer;
    }

    @ReadOperation
    public Map<String, Object> waiting() {
        return Map.of("topic", replayer.deadLetterTopic(), "waiting", replayer.waiting());
    }

    @WriteOperation
    public WebEndpointResponse<Object> replay() throws Exception {
        ReplayReport report = replayer.replay();
        if (report == null) {
            return new WebEndpointResponse<>(Map.of("topic", replayer.deadLetterTopic(),
                    "detail", "A replay of this dead-letter topic is already under way"), 409);
        }
        return new WebEndpointResponse<>(report, WebEndpointResponse.STATUS_OK);
    }
}
