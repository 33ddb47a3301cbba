package org.samverkan.platform.consumer;

import org.samverkan.platform.events.MalformedEventException;

/** A type this consumer neither handles nor knows to ignore: dead-lettered, to be replayed once the consumer knows it. */
public class UnknownEventTypeException extends MalformedEventException {
    public UnknownEventTypeException(String eventId, String type, String topic) {
        super("Event " + eventId + " on " + topic + " has type " + type + ", which this consumer does not know");
    }
}
