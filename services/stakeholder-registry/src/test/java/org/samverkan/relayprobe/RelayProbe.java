package org.samverkan.relayprobe;

import org.samverkan.platform.events.EventType;
import org.samverkan.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A test-only aggregate, so a relay test chooses exactly which events a document holds and how large they are. Outside
 * the registry's packages: its event is no registry event (the catalogue check scans those).
 */
@Document("relay_probes")
public class RelayProbe extends AggregateRoot {
    public static final String TOPIC = "samverkan.test.relay-probe";
    public static final String COLLECTION = "relay_probes";

    public static RelayProbe withId(String id) {
        RelayProbe probe = new RelayProbe();
        probe.id = id;
        return probe;
    }

    public RelayProbe note(String text) {
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
