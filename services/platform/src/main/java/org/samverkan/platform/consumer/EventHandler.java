package org.samverkan.platform.consumer;

/** Applies one event of a contract type; throws only for a failure (see {@link FailureKind}). */
@FunctionalInterface
public interface EventHandler<T> {
    Outcome handle(ConsumedEvent<T> event);
}
