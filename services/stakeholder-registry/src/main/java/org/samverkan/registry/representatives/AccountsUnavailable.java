package org.samverkan.registry.representatives;

import java.util.List;

import org.samverkan.platform.consumer.TransientFailure;
import org.samverkan.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The identity provider did not do what was asked (down, refusing, or not configured): 503, nothing changed for
 * good on the registry's side, repeating the request is safe. The cause is kept, so a consumer's failure handling
 * sees a refused connection as an outage to wait out.
 */
class AccountsUnavailable extends ProblemException {
    /** The provider's HTTP status, or 0 when it was not reached. */
    private final int providerStatus;

    AccountsUnavailable(String detail, int providerStatus, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Accounts unavailable", detail, List.of());
        this.providerStatus = providerStatus;
        if (cause != null) {
            initCause(cause);
        }
    }

    boolean notFound() {
        return providerStatus == 404;
    }

    /** The provider answered 5xx: an outage to wait out, so an invitation from an event is retried, not dead-lettered. */
    static final class ProviderFailing extends AccountsUnavailable implements TransientFailure {
        ProviderFailing(String detail, int providerStatus) {
            super(detail, providerStatus, null);
        }
    }
}
