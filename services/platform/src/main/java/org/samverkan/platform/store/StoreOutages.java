package org.samverkan.platform.store;

import java.time.Duration;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Failures that mean "the store cannot be reached", however wrapped, and the 503 problem they are answered with. */
public final class StoreOutages {
    private StoreOutages() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof MongoTimeoutException
                    || t instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }

    public static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service's store cannot be reached right now. A change sent just now may or may not have been saved: look before sending it again. Try again later.");
        problem.setTitle("Store unavailable");
        return problem;
    }

    public static HttpHeaders retryAfter(Duration wait) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
        return headers;
    }
}
