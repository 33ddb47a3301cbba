package org.samverkan.platform.events;

/** A record that cannot be read as an event. Retrying cannot help, so it goes straight to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
