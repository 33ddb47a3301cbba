package org.samverkan.platform.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;

/**
 * An aggregate whose state changes raise events. Each raised event bumps the aggregate version, and
 * {@link AggregateStore#save} writes the new state and the raised events in one single-document write.
 */
public abstract class AggregateRoot {
    @Id
    protected String id;
    protected long version;
    @Transient
    private final List<RaisedEvent> raised = new ArrayList<>();

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The Kafka topic this aggregate type publishes to; the aggregate id is the record key. */
    protected abstract String eventTopic();

    protected void raise(Object event) {
        version++;
        raised.add(new RaisedEvent(event, version));
    }

    List<RaisedEvent> drainRaised() {
        List<RaisedEvent> drained = List.copyOf(raised);
        raised.clear();
        return drained;
    }

    record RaisedEvent(Object event, long version) {
    }
}
