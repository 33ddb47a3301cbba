package org.samverkan.platform.consumer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventTypes;

/**
 * Maps each CloudEvents type a consumer knows to its contract record and what to do with it. A type declared
 * ignored is known but not needed; any other type is unknown and refused, so a new producer type is noticed.
 */
public final class EventRouter<R> {
    private final Map<String, Route<?, R>> routes = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();

    public static <R> EventRouter<R> create() {
        return new EventRouter<>();
    }

    /** Routes every type named by the contract's {@link EventTypes} to the mapping. */
    public <T> EventRouter<R> on(Class<T> contract, Function<ConsumedEvent<T>, R> mapping) {
        EventTypes types = contract.getAnnotation(EventTypes.class);
        if (types == null || types.value().length == 0) {
            throw new IllegalArgumentException(contract.getName() + " names no event types (@EventTypes)");
        }
        for (String type : types.value()) {
            if (routes.containsKey(type) || ignored.contains(type)) {
                throw new IllegalArgumentException("Event type " + type + " is routed twice");
            }
            routes.put(type, new Route<>(contract, mapping));
        }
        return this;
    }

    public EventRouter<R> ignoring(String... types) {
        for (String type : types) {
            if (routes.containsKey(type)) {
                throw new IllegalArgumentException("Event type " + type + " is both routed and ignored");
            }
            ignored.add(type);
        }
        return this;
    }

    /**
     * @return the mapping's result, or empty for an ignored type
     * @throws UnknownEventTypeException for a type that is neither routed nor ignored
     */
    public Optional<R> route(EventEnvelope event) {
        Route<?, R> route = routes.get(event.type());
        if (route == null) {
            if (ignored.contains(event.type())) {
                return Optional.empty();
            }
            throw new UnknownEventTypeException(event.id(), event.type(), event.topic());
        }
        return Optional.ofNullable(route.apply(event));
    }

    /** The same routes, each followed by {@code next}: one typed reading, several uses (live consumer, rebuild). */
    public <S> EventRouter<S> then(Function<? super R, ? extends S> next) {
        EventRouter<S> derived = new EventRouter<>();
        routes.forEach((type, route) -> derived.routes.put(type, route.then(next)));
        derived.ignored.addAll(ignored);
        return derived;
    }

    public Set<String> routedTypes() {
        return Collections.unmodifiableSet(routes.keySet());
    }

    public Set<String> ignoredTypes() {
        return Collections.unmodifiableSet(ignored);
    }

    private record Route<T, R>(Class<T> contract, Function<ConsumedEvent<T>, R> mapping) {
        <S> Route<T, S> then(Function<? super R, ? extends S> next) {
            return new Route<>(contract, mapping.andThen(next));
        }

        R apply(EventEnvelope e) {
            return mapping.apply(new ConsumedEvent<>(e.id(), e.type(), e.source(), e.time(), e.subject(), e.aggregateVersion(),
                    e.topic(), e.data(contract)));
        }
    }
}
