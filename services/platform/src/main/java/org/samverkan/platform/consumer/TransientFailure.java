package org.samverkan.platform.consumer;

/**
 * Marks an exception a service raises for a dependency that is only temporarily unable (it answered 5xx, or in
 * time): a consumer's failure handling waits and tries again instead of dead-lettering the event ({@link FailureKind}).
 */
public interface TransientFailure {
}
