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
 * Free text that may name ways to reach someone (a published text says "ring 08-535 300 00") but never a Swedish
 * personal identity or co-ordination number. Refused with 422 naming the field.
 */
@Documented
@Constraint(validatedBy = ScreeningValidators.IdentityNumbers.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoPersonalIdentifiers {
    String message() default "must not contain a personal identity number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
