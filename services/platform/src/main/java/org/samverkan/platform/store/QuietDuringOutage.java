package org.samverkan.platform.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ErrorHandler;

/**
 * The error handler of the services' schedulers: a scheduled round that fails because the store is unreachable is
 * simply tried again at its next run — {@link StoreAvailability} has already said so once — instead of an ERROR
 * with a stack trace every round. Any other failure is logged as before.
 */
final class QuietDuringOutage implements ErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(QuietDuringOutage.class);

    @Override
    public void handleError(Throwable failure) {
        if (StoreOutages.causedBy(failure)) {
            log.debug("Scheduled round skipped, store unreachable: {}", failure.toString());
        } else {
            log.error("Unexpected error occurred in scheduled task", failure);
        }
    }
}
