package org.samverkan.platform.outbox;

/** A stored event the relay cannot turn into a record (a field missing or of the wrong type): sending never helps. */
class UnpublishableEventException extends RuntimeException {
    UnpublishableEventException(Throwable cause) {
        super("The stored event cannot be made into a record: " + cause, cause);
    }
}
