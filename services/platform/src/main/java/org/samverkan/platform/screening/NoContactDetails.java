package org.samverkan.platform.screening;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Free text about groups, places and things (descriptions, reasons, observations): no phone numbers, no e-mail
 * addresses and, as everywhere, no personal identity numbers. Refused with 422 naming the field.
 */
@Documented
@Constraint(validatedBy = ScreeningValidators.AllIdentifiers.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoContactDetails {
    String message() default "must not contain a phone number, an e-mail address or a personal identity number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
