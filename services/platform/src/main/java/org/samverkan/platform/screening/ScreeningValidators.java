package org.samverkan.platform.screening;

import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import org.samverkan.platform.screening.PersonalIdentifiers.Kind;

/** The validators behind the screening constraints; the message names the kind found, never the value. */
public final class ScreeningValidators {
    private ScreeningValidators() {
    }

    /** Whether a violation comes from screening: a rule about content (422), not about the request's shape (400). */
    public static boolean isScreening(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == NoPersonalIdentifiers.class || type == NoContactDetails.class;
    }

    static boolean valid(String text, Set<Kind> kinds, ConstraintValidatorContext context) {
        return PersonalIdentifiers.find(text, kinds).map(kind -> {
            context.disableDefaultConstraintViolation();
            // The message is a template: the kinds' fixed texts hold no braces or dollars to interpolate.
            context.buildConstraintViolationWithTemplate(kind.message()).addConstraintViolation();
            return false;
        }).orElse(true);
    }

    public static final class IdentityNumbers implements ConstraintValidator<NoPersonalIdentifiers, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return valid(text, EnumSet.of(Kind.PERSONAL_IDENTITY_NUMBER), context);
        }
    }

    public static final class AllIdentifiers implements ConstraintValidator<NoContactDetails, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return valid(text, EnumSet.allOf(Kind.class), context);
        }
    }
}
