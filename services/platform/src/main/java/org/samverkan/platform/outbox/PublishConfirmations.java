package org.samverkan.platform.outbox;

import org.springframework.messaging.SubscribableChannel;

/** Connects the binder's acknowledgement and error channels to the publisher's waiting sends. */
public final class PublishConfirmations {
    private PublishConfirmations() {
    }

    public static void subscribe(BinderEventPublisher publisher, SubscribableChannel confirmations, SubscribableChannel errors) {
        confirmations.subscribe(publisher.confirmations());
        errors.subscribe(publisher.failures());
    }
}
