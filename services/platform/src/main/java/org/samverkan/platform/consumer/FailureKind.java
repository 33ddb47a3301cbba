package org.samverkan.platform.consumer;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.samverkan.platform.events.MalformedEventException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Why consuming a record failed, which decides what happens next. Infrastructure that is away (store or broker
 * unreachable, timeouts) is TRANSIENT: the binding waits and tries again, however long the outage lasts, and
 * nothing is dead-lettered. A record that cannot be read or whose type is unknown is UNREADABLE: it goes to the
 * dead-letter topic at once. Anything else is PERMANENT: bounded attempts, then the dead-letter topic.
 */
public enum FailureKind {
    TRANSIENT, UNREADABLE, PERMANENT;

    /** Matched by name so the platform needs neither driver on its compile path for them. */
    private static final Set<String> TRANSIENT_NAMES = Set.of(
            "com.mongodb.MongoSocketException", "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoNotPrimaryException", "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoSocketReadTimeoutException", "com.mongodb.MongoSocketOpenException",
            "org.apache.kafka.common.errors.RetriableException");

    public static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MalformedEventException) {
                return UNREADABLE;
            }
            if (isTransient(cause)) {
                return TRANSIENT;
            }
        }
        return PERMANENT;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                || cause instanceof RecoverableDataAccessException || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                || cause instanceof java.net.http.HttpTimeoutException || cause instanceof TransientFailure) {
            return true;
        }
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (TRANSIENT_NAMES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
