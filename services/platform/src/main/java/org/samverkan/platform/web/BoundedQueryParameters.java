package org.samverkan.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates and instants in query and path parameters are ISO-8601 and within {@link InputBounds}; outside, the
 * conversion fails with {@link OutOfRange}, which the problem advice answers 422 naming the parameter.
 */
class BoundedQueryParameters implements WebMvcConfigurer {
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Bounded<>(LocalDate::parse));
        registry.addFormatterForFieldType(Instant.class, new Bounded<>(Instant::parse));
        registry.addConverterFactory(new StrictEnums());
    }

    private record Bounded<T>(java.util.function.Function<String, T> parser) implements Formatter<T> {
        @Override
        public T parse(String text, Locale locale) {
            T value = parser.apply(text.strip());
            String violation = InputBounds.violation(value);
            if (violation != null) {
                throw new OutOfRange(violation);
            }
            return value;
        }

        @Override
        public String print(T value, Locale locale) {
            return value.toString();
        }
    }

    /**
     * Spring's own enum conversion trims first, so {@code ?status=%00} became "no filter" and answered everything;
     * here only an empty value means absent, anything else must be a constant exactly.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final class StrictEnums implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return text -> text.isEmpty() ? null : (T) Enum.valueOf(type, text);
        }
    }

    /** A parameter that parses but lies outside the platform's bounds. */
    static final class OutOfRange extends IllegalArgumentException {
        OutOfRange(String message) {
            super(message);
        }
    }
}
