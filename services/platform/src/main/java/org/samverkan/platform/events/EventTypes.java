package org.samverkan.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a consumer's own copy of a producer's contract: the CloudEvents {@code type}s whose data this record reads.
 * Several types may share one record when each carries the same state (e.g. every event of one aggregate type).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventTypes {
    String[] value();
}
