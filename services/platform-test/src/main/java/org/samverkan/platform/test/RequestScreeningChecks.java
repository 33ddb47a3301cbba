package org.samverkan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NeverInEvents;
import org.samverkan.platform.screening.NoContactDetails;
import org.samverkan.platform.screening.NoPersonalIdentifiers;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every string a request body carries into the service is screened for personal identifiers, or says why not: a
 * {@link Code} (checked against a list), a format ({@code @Pattern}, {@code @Email}), or a request marked
 * {@link NeverInEvents}. Walks each {@code @RequestBody} record of the service's controllers, through nested records,
 * lists and map values, so a field added without a decision fails this test.
 */
public interface RequestScreeningChecks {
    /** E.g. {@code org.samverkan.registry}. */
    String rootPackage();

    List<Class<? extends Annotation>> DECIDED = List.of(NoPersonalIdentifiers.class, NoContactDetails.class, Code.class,
            Pattern.class, Email.class);

    @Test
    default void everyStringInARequestBodyIsScreenedOrDeclaredNotFreeText() {
        Set<String> unscreened = new TreeSet<>();
        int strings = 0;
        for (Class<?> body : requestBodies(rootPackage())) {
            strings += Walk.record(body, body.getSimpleName(), unscreened, new HashSet<>());
        }
        assertThat(strings).as("strings found in request bodies").isPositive();
        assertThat(unscreened).as("request strings with no screening decision (@NoPersonalIdentifiers, @NoContactDetails, @Code)")
                .isEmpty();
    }

    static List<Class<?>> requestBodies(String rootPackage) {
        List<Class<?>> bodies = new ArrayList<>();
        for (JavaClass controller : ServiceArchitectureChecks.Imported.classes(rootPackage)) {
            if (!controller.isAnnotatedWith(RestController.class)) {
                continue;
            }
            for (Method method : controller.reflect().getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class) && parameter.getType().isRecord()) {
                        bodies.add(parameter.getType());
                    }
                }
            }
        }
        return bodies;
    }

    /** The walk over a record's components; counts the strings it looked at. */
    final class Walk {
        private Walk() {
        }

        static int record(Class<?> type, String path, Set<String> unscreened, Set<Class<?>> seen) {
            if (type.isAnnotationPresent(NeverInEvents.class) || !seen.add(type)) {
                return 0;
            }
            int strings = 0;
            for (RecordComponent component : type.getRecordComponents()) {
                AnnotatedElement field = field(type, component);
                strings += value(component.getAnnotatedType(), field, path + "." + component.getName(), unscreened, seen);
            }
            return strings;
        }

        /** {@code declared}: where annotations on the whole component sit (its field), besides the type's own. */
        private static int value(AnnotatedType annotated, AnnotatedElement declared, String path, Set<String> unscreened,
                                 Set<Class<?>> seen) {
            Class<?> raw = raw(annotated);
            if (raw == String.class) {
                if (!decided(annotated) && (declared == null || !decided(declared))) {
                    unscreened.add(path);
                }
                return 1;
            }
            if (annotated instanceof AnnotatedParameterizedType generic) {
                AnnotatedType[] arguments = generic.getAnnotatedActualTypeArguments();
                // A screening constraint runs on a string, so on a list's elements it sits on the element type;
                // @Code may mark the whole list.
                AnnotatedElement whole = declared != null && declared.isAnnotationPresent(Code.class) ? declared : null;
                if (Collection.class.isAssignableFrom(raw)) {
                    return value(arguments[0], whole, path + "[]", unscreened, seen);
                }
                if (Map.class.isAssignableFrom(raw)) {
                    return value(arguments[1], whole, path + "{}", unscreened, seen);
                }
            }
            return raw != null && raw.isRecord() ? record(raw, path, unscreened, seen) : 0;
        }

        private static boolean decided(AnnotatedElement element) {
            return DECIDED.stream().anyMatch(element::isAnnotationPresent);
        }

        private static Class<?> raw(AnnotatedType annotated) {
            if (annotated.getType() instanceof Class<?> c) {
                return c;
            }
            return annotated instanceof AnnotatedParameterizedType p
                    && ((java.lang.reflect.ParameterizedType) p.getType()).getRawType() instanceof Class<?> c ? c : null;
        }

        private static AnnotatedElement field(Class<?> type, RecordComponent component) {
            try {
                return type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                return null;
            }
        }
    }
}
