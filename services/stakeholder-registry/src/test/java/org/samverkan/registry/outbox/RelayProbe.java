package org.samverkan.registry.outbox;

import org.samverkan.platform.events.EventType;
import org.samverkan.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test-only aggregate, so a relay test chooses exactly which events a document holds and how large they are. */
@Document("relay_probes")
public class RelayProbe extends AggregateRoot {
    static final String TOPIC = "samverkan.test.relay-probe";
    static final String COLLECTION = "relay_probes";

    static RelayProbe withId(String id) {
        RelayProbe probe = new RelayProbe();
        probe.id = id;
        return probe;
    }

    RelayProbe note(String text) {
        raise(new ProbeNoted(text));
        return this;
    }

    @Override
    protected String eventTopic() {
        return TOPIC;
    }

    @EventType("samverkan.test.ProbeNoted")
    public record ProbeNoted(String text) {
    }
}
