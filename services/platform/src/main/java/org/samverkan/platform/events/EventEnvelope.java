package org.samverkan.platform.events;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A consumed event: its CloudEvents attributes and its JSON data. Consumers read the data into their own
 * record of the published contract; unknown fields are ignored so producers can add fields.
 */
public record EventEnvelope(String id, String type, String source, Instant time, String subject,
                            long aggregateVersion, String topic, JsonNode data, ObjectMapper mapper) {

    public <T> T data(Class<T> contract) {
        try {
            return mapper.treeToValue(data, contract);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedEventException("Event " + id + " of type " + type + " does not match "
                    + contract.getSimpleName() + ": " + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }
}
