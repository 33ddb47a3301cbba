package org.samverkan.platform.web;

import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * Checks every string, date, instant, list and map a request body carries against {@link InputBounds} as it is read,
 * so the failure carries the field's path ({@code texts.sv.body}, {@code areas[3]}). Request bodies only: events
 * are read with the application's own mapper.
 */
final class BoundedInputModule extends SimpleModule {
    BoundedInputModule() {
        super("samverkan-bounded-input");
        addDeserializer(LocalDate.class, BoundedDates.localDates());
        addDeserializer(Instant.class, BoundedDates.instants());
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                boolean bounded = type == String.class;
                return bounded ? new Bounded(deserializer) : deserializer;
            }

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                     BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                return new Bounded(deserializer);
            }

            @Override
            public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                              BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                return new Bounded(deserializer);
            }
        });
    }

    private static final class Bounded extends DelegatingDeserializer {
        Bounded(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            return checked(p, super.deserialize(p, ctxt));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
            return checked(p, super.deserialize(p, ctxt, intoValue));
        }

        private static Object checked(JsonParser p, Object value) {
            String violation = InputBounds.violation(value);
            if (violation != null) {
                throw new OutOfBoundsException(p, violation);
            }
            return value;
        }
    }
}
