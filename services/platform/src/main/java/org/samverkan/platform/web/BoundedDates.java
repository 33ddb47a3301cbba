package org.samverkan.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * ISO-8601 dates and instants in request bodies, within {@link InputBounds}. Jackson's own java.time readers take
 * any year a {@code LocalDate} can hold; the store's conversion of such a date overflows, so they are replaced.
 */
final class BoundedDates<T> extends StdDeserializer<T> {
    private final Function<String, T> parser;

    private BoundedDates(Class<T> type, Function<String, T> parser) {
        super(type);
        this.parser = parser;
    }

    static BoundedDates<LocalDate> localDates() {
        return new BoundedDates<>(LocalDate.class, LocalDate::parse);
    }

    static BoundedDates<Instant> instants() {
        return new BoundedDates<>(Instant.class, text -> OffsetDateTime.parse(text).toInstant());
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getString().strip();
        T value;
        try {
            value = parser.apply(text);
        } catch (DateTimeException e) {
            return (T) ctxt.handleWeirdStringValue(handledType(), text, "not an ISO-8601 " + handledType().getSimpleName()
                    + (handledType() == LocalDate.class ? " (yyyy-mm-dd)" : " (yyyy-mm-ddThh:mm:ssZ)"));
        }
        String violation = InputBounds.violation(value);
        if (violation != null) {
            throw new OutOfBoundsException(p, violation);
        }
        return value;
    }
}
