package org.samverkan.platform.consumer;

import org.samverkan.platform.events.EventReader;

/** Makes a service's consumer functions: {@code consumers.of(EventRouter.<Outcome>create().on(...))}. */
public class EventConsumers {
    private final EventReader reader;
    private final ConsumerMetrics metrics;

    public EventConsumers(EventReader reader, ConsumerMetrics metrics) {
        this.reader = reader;
        this.metrics = metrics;
    }

    public TypedEventConsumer of(EventRouter<Outcome> router) {
        return new TypedEventConsumer(router, reader, metrics);
    }
}
