package org.samverkan.platform.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;

/**
 * An aggregate whose state changes raise events. Each raised event bumps the aggregate {@code version} (what events
 * carry); every save bumps the {@code revision}, the optimistic-concurrency guard, whether the change raised events
 * or not. {@link AggregateStore#save} writes the new state and the raised events in one single-document write.
 */
public abstract class AggregateRoot {
    @Id
    protected String id;
    protected long version;
    /** Writes so far; 0 for an aggregate never saved. */
    protected long revision;
    @Transient
    private final List<RaisedEvent> raised = new ArrayList<>();

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRevision() {
        return revision;
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
