package org.samverkan.platform.screening;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request whose content is kept out of every event (contact persons, inboxes, contact points): it may hold the
 * personal data screening refuses elsewhere, so the architecture checks leave it to its own validation.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface NeverInEvents {
    /** Why its content never reaches an event, and where it is kept instead. */
    String value();
}
