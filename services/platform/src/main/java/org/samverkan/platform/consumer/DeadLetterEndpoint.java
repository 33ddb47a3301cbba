package org.samverkan.platform.consumer;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/deadletters} tells how many records wait; {@code POST /actuator/deadletters} replays them
 * to their original topics. Operators only (see the security defaults).
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
    public Map<String, Object> replay() throws Exception {
        return Map.of("topic", replayer.deadLetterTopic(), "replayed", replayer.replay());
    }
}
